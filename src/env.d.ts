interface ImportMetaEnv {
  /** The secretariat's public e-mail address; empty until it is known. */
  readonly PUBLIC_CONTACT_EMAIL?: string;
  /** Where the join form posts; empty until a service is chosen. */
  readonly PUBLIC_JOIN_ENDPOINT?: string;
  /** listmonk's public root URL, where the updates form subscribes; empty until it is set up. */
  readonly PUBLIC_SUBSCRIBE_ENDPOINT?: string;
  /** The listmonk lists the updates form subscribes to: `<uuid>` or `<uuid>=Etichetta,…`. */
  readonly PUBLIC_SUBSCRIBE_LISTS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
