import { countries, hsChapters, regions, sectors, type ApiReferenceList } from "@karvon/data";

type ReferenceItem = { code: string; labels: { en: string; ru: string; uz: string; az: string }; country?: string; section?: string; level?: string };

/** The reference lists of @karvon/data as the API serves them: code, labels and place in the list. */
export function referenceList(list: ApiReferenceList): { items: ReferenceItem[] } {
  switch (list) {
    case "countries":
      return { items: countries.map(({ code, labels }) => ({ code, labels })) };
    case "regions":
      return { items: regions.map(({ code, labels, country }) => ({ code, labels, country })) };
    case "sectors":
      return { items: sectors.map(({ code, labels, section, level }) => ({ code, labels, section, level })) };
    case "hs-chapters":
      // Chapter 77 is reserved by the WCO: no listing can carry it, so partners never see it.
      return { items: hsChapters.filter((chapter) => !("reserved" in chapter)).map(({ code, labels, section }) => ({ code, labels, section })) };
  }
}
