/**
 * The licences the open data may be published under (`OPEN_DATA_LICENSE`): open licences that
 * the Italian open-data portals know, each with the address of its text and its concept in the
 * national licence vocabulary, which DCAT-AP_IT asks for as the licence's `dct:type`.
 */

export interface OpenDataLicence {
  /** The SPDX identifier, which is also the setting's value. */
  id: string;
  /** Its name as the national vocabulary writes it. */
  name: string;
  /** The licence's own text. */
  url: string;
  /** Its concept in https://w3id.org/italia/controlled-vocabulary/licences. */
  vocabularyConcept: string;
}

const VOCABULARY = "https://w3id.org/italia/controlled-vocabulary/licences/";

export const OPEN_DATA_LICENCES = {
  "CC-BY-4.0": {
    id: "CC-BY-4.0",
    name: "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
    url: "https://creativecommons.org/licenses/by/4.0/",
    vocabularyConcept: `${VOCABULARY}A21_CCBY40`,
  },
  "CC-BY-SA-4.0": {
    id: "CC-BY-SA-4.0",
    name: "Creative Commons Attribuzione-Condividi allo stesso modo 4.0 Internazionale (CC BY-SA 4.0)",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    vocabularyConcept: `${VOCABULARY}A31_CCBYSA40`,
  },
  "CC0-1.0": {
    id: "CC0-1.0",
    name: "Creative Commons CC0 1.0 Universale - Public Domain Dedication (CC0 1.0)",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
    vocabularyConcept: `${VOCABULARY}A11_CCO10`,
  },
  "IODL-2.0": {
    id: "IODL-2.0",
    name: "Italian Open Data License 2.0 (IODL 2.0)",
    url: "https://www.dati.gov.it/iodl/2.0/",
    vocabularyConcept: `${VOCABULARY}A29_IODL20`,
  },
  "ODbL-1.0": {
    id: "ODbL-1.0",
    name: "Open Data Commons Open Database License 1.0 (ODbL)",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
    vocabularyConcept: `${VOCABULARY}A310_ODBL`,
  },
} as const satisfies Record<string, OpenDataLicence>;

export type OpenDataLicenceId = keyof typeof OPEN_DATA_LICENCES;
export const OPEN_DATA_LICENCE_IDS = Object.keys(OPEN_DATA_LICENCES) as [
  OpenDataLicenceId,
  ...OpenDataLicenceId[],
];
/** What the district publishes under until the secretariat decides otherwise. */
export const DEFAULT_OPEN_DATA_LICENCE: OpenDataLicenceId = "CC-BY-4.0";
