interface ImportMetaEnv {
  /** The secretariat's public e-mail address; empty until it is known. */
  readonly PUBLIC_CONTACT_EMAIL?: string;
  /** Where the join form posts; empty until a service is chosen. */
  readonly PUBLIC_JOIN_ENDPOINT?: string;
  /** Where the updates form posts; empty until a service is chosen. */
  readonly PUBLIC_SUBSCRIBE_ENDPOINT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
