import type { Labels } from "../labels";

export type Region = {
  code: string;
  country: "UZ" | "AZ";
  labels: Labels;
  /** Other spellings people type: English, Russian, older transliterations. */
  synonyms: readonly string[];
  source: string;
};

export type District = {
  code: string;
  region: string;
  kind: "city" | "district";
  labels: Labels;
  synonyms?: readonly string[];
  source: string;
};
