import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { ListmonkError, listmonkClient } from "./listmonk-client.ts";

// Accepts connections and never answers: a listmonk that hangs.
const silent = createServer(() => undefined);
await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
const { port } = silent.address() as { port: number };
afterAll(() => {
  silent.close();
});

describe("the listmonk client", () => {
  it("takes a listmonk that does not answer in time as out of reach", async () => {
    const client = listmonkClient(
      { url: `http://127.0.0.1:${port}`, user: "sito", token: "segreto" },
      { timeoutMs: 200 },
    );
    const error = await client.campaignsTagged("notiziario-3").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListmonkError);
    expect(error).toMatchObject({
      failure: "unreachable",
      detail: "nessuna risposta in 0.2 secondi",
    });
    expect(String(error)).not.toContain("segreto");
  });
});
