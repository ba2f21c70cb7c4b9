/**
 * What `npm run newsletter:send` tells the secretariat, in one place: each failure says what
 * went wrong and what to do, and the README's list of failures follows these. No message
 * takes the API token, and none repeats a subscriber's address.
 */
import { pluralForm } from "../../../src/i18n/plural.ts";

export const USAGE =
  "Uso: npm run newsletter:send -- <numero> [--test <indirizzo>] [--schedule <data e ora con fuso>] [--dist <cartella>]";

const REVIEW = "Controllala in listmonk";

export const sendMessages = {
  IssueNumberMissing: () => `Manca il numero del notiziario da preparare. ${USAGE}`,
  IssueNumberInvalid: (value: string) =>
    `«${value}» non è il numero di un notiziario: scrivi un numero intero, come 3 (il nome del file in content/newsletter/).`,
  OptionInvalid: (detail: string) => `${detail} ${USAGE}`,
  VariablesMissing: (names: readonly string[]) =>
    `${pluralForm(names.length, "Manca la variabile d'ambiente", "Mancano le variabili d'ambiente")} ${names.join(", ")}: nel flusso «Invia il notiziario» sono le variabili e i segreti del repository (README, «Inviare il notiziario»).`,
  ListmonkUrlInvalid: (value: string) =>
    `LISTMONK_URL vale "${value}": deve essere l'indirizzo di listmonk in https, come https://liste.esempio.it (oppure http://127.0.0.1 o http://localhost per le prove), senza nome utente né parola d'ordine.`,
  ListIdsInvalid: (value: string) =>
    `LISTMONK_LIST_IDS vale "${value}": deve essere il numero (ID) di una o più liste di listmonk, separati da virgole, come 3 oppure 3,7.`,
  TemplateIdInvalid: (value: string) =>
    `LISTMONK_TEMPLATE_ID vale "${value}": deve essere il numero (ID) del modello di campagna in listmonk, come 5.`,
  TestAddressInvalid: () =>
    "L'indirizzo dopo --test non è un indirizzo e-mail: scrivi quello di un iscritto che riceverà la prova, come segreteria@esempio.it.",
  ScheduleInvalid: (value: string) =>
    `«${value}» dopo --schedule non è una data e ora con il suo fuso: scrivila come 2026-12-01T09:00:00+01:00 (+02:00 con l'ora legale).`,
  ScheduleInPast: (value: string) =>
    `${value} dopo --schedule è già passato: scegli una data e ora future.`,
  BuiltFileMissing: (file: string) =>
    `${file} non esiste: esegui prima npm run build (e controlla che il notiziario sia pubblicato, senza draft: true).`,
  SubjectMissing: (file: string) =>
    `${file} non ha un <title>: l'oggetto dell'e-mail è il suo titolo. Ricostruisci il sito con npm run build.`,
  Unreachable: (url: string, detail: string) =>
    `listmonk non risponde a ${url} (${detail}): controlla LISTMONK_URL e che listmonk sia acceso, poi riprova. In listmonk non è cambiato nulla.`,
  CredentialsRefused: (url: string, user: string, detail: string) =>
    `listmonk (${url}) rifiuta le credenziali dell'utente API «${user}» («${detail}»): controlla LISTMONK_API_USER e il segreto LISTMONK_API_TOKEN (in listmonk: Amministrazione → Utenti), e che l'utente abbia i permessi del README. In listmonk non è cambiato nulla.`,
  Refused: (action: string, status: number | undefined, detail: string) =>
    `listmonk ha rifiutato ${action} (${status ?? "-"}: «${detail}»).`,
  ListNotFound: (id: number) =>
    `In listmonk non c'è la lista ${id} di LISTMONK_LIST_IDS: correggi la variabile con l'ID di una lista esistente (in listmonk: Liste). In listmonk non è cambiato nulla.`,
  TemplateNotFound: (id: number) =>
    `In listmonk non c'è il modello ${id} di LISTMONK_TEMPLATE_ID: crea il modello del README e scrivi il suo ID. In listmonk non è cambiato nulla.`,
  TemplateNotOnlyContent: (id: number, name: string) =>
    `Il modello ${id} («${name}») di LISTMONK_TEMPLATE_ID non è il modello del notiziario: deve essere un modello di campagna il cui corpo è soltanto {{ template "content" . }}, perché l'e-mail costruita dal sito è già un documento completo (README, «Inviare il notiziario»). In listmonk non è cambiato nulla.`,
  SeveralCampaigns: (tag: string, ids: readonly number[]) =>
    `In listmonk ci sono più campagne con l'etichetta ${tag} (${ids.join(", ")}): tienine una sola, togliendo l'etichetta alle altre, poi riprova. In listmonk non è cambiato nulla.`,
  CampaignNotEditable: (id: number, status: string, review: string) =>
    `La campagna ${id} di questo notiziario è «${status}»: è già stata inviata o è in invio, e non si può più cambiare. ${REVIEW}: ${review}. In listmonk non è cambiato nulla.`,
  TestNotSent: (detail: string) =>
    `La bozza è salvata, ma la prova non è partita: listmonk risponde «${detail}». L'indirizzo di --test deve essere di un iscritto in listmonk.`,
  Created: (id: number, status: string) => `Creata la campagna ${id} (stato: ${status}).`,
  Updated: (id: number, status: string) => `Aggiornata la campagna ${id} (stato: ${status}).`,
  Unscheduled: () =>
    "Era programmata: senza --schedule torna una bozza e non parte. Per programmarla di nuovo usa --schedule.",
  TestSent: () => "Inviato il messaggio di prova all'indirizzo indicato.",
  Scheduled: (when: string) => `Programmata: listmonk la invierà il ${when}.`,
  NotStarted: () =>
    "Nulla è stato inviato agli iscritti: la campagna parte solo con --schedule, o da listmonk.",
  Review: (address: string) => `${REVIEW}: ${address}`,
};

/** A failure that stops the script, with its Italian message. */
export class SendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SendError";
  }
}
