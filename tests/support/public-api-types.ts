// Generated from /api/v1/openapi.json by tests/support/public-api-types.generate.ts: do not edit.
export interface paths {
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search companies and listings
         * @description The portal's partner search: the same text matching, filters, ranking, facet counts and paging. Needs a key with the "search" scope.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published companies
         * @description Published companies, with the search filters and paging (the portal's search limited to companies). Needs a key with the "companies" scope.
         */
        get: operations["listCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published company by its slug
         * @description The approved public profile of a company. Contact e-mail and phone are never part of it. Needs a key with the "companies" scope.
         */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published listings
         * @description Published, unexpired offers, requests and joint projects, with the search filters and paging. Needs a key with the "listings" scope.
         */
        get: operations["listListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published listing by its id
         * @description The approved version of a listing while it is visible, with its company's public identity. Needs a key with the "listings" scope.
         */
        get: operations["getListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A reference list: countries, regions, sectors or HS chapters
         * @description The codes the filters and records use, with their labels in English, Russian, Uzbek and Azerbaijani. Needs a key with the "reference" scope.
         */
        get: operations["getReferenceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    search: {
        parameters: {
            query?: {
                q?: string | null;
                type?: "all" | "companies" | "offers" | "requests" | "projects";
                country?: "UZ" | "AZ" | "KZ" | "KG" | "TJ" | "TM" | "AF" | "GE" | "TR" | "RU" | "IR" | "CN" | "IN" | "PK" | "KR" | "JP" | "AE" | "SA" | "UA" | "BY" | "DE" | "IT" | "FR" | "GB" | "PL" | "LV" | "LT" | "NL" | "ES" | "US";
                region?: "UZ-TK" | "UZ-AN" | "UZ-BU" | "UZ-FA" | "UZ-JI" | "UZ-NG" | "UZ-NW" | "UZ-QA" | "UZ-QR" | "UZ-SA" | "UZ-SI" | "UZ-SU" | "UZ-TO" | "UZ-XO" | "AZ-BAK" | "AZ-ABX" | "AZ-DSH" | "AZ-GDA" | "AZ-KRB" | "AZ-QTV" | "AZ-QXM" | "AZ-LNA" | "AZ-MAR" | "AZ-MMG" | "AZ-SZQ" | "AZ-EZN" | "AZ-NAX" | "AZ-SSL";
                sector?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "35" | "36" | "37" | "38" | "39" | "41" | "42" | "43" | "45" | "46" | "47" | "49" | "50" | "51" | "52" | "53" | "55" | "56" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "77" | "78" | "79" | "80" | "81" | "82" | "84" | "85" | "86" | "87" | "88" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99" | "A" | "01" | "02" | "03" | "B" | "05" | "06" | "07" | "08" | "09" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
                hsChapter?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "67" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "76" | "78" | "79" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "88" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                cooperationKind?: "distribution" | "supply" | "subcontracting" | "manufacturing" | "joint-venture" | "investment" | "licensing" | "franchising" | "logistics" | "technology-transfer" | "research-development";
                sizeBand?: "micro" | "small" | "medium" | "large";
                economicZone?: "UZ-FEZ-NAVOIY" | "UZ-FEZ-ANGREN" | "UZ-FEZ-JIZZAKH" | "UZ-FEZ-URGUT" | "UZ-FEZ-GIJDUVAN" | "UZ-FEZ-KOKAND" | "UZ-FEZ-HAZORASP" | "UZ-FEZ-TERMEZ" | "UZ-FEZ-NAMANGAN" | "UZ-FEZ-NUKUS-FARM" | "UZ-FEZ-ZOMIN-FARM" | "UZ-FEZ-KOSONSOY-FARM" | "UZ-FEZ-SIRDARYO-FARM" | "UZ-FEZ-BOYSUN-FARM" | "UZ-FEZ-BOSTANLIQ-FARM" | "UZ-FEZ-PARKENT-FARM" | "AZ-FEZ-ALAT" | "AZ-IP-SUMGAYIT-CHEMICAL" | "AZ-IP-MINGACHEVIR" | "AZ-IP-GARADAGH" | "AZ-IP-BALAKHANI" | "AZ-IP-PIRALLAHI" | "AZ-IP-AGHDAM" | "AZ-IP-ARAZ-VALLEY" | "AZ-ID-HAJIGABUL" | "AZ-ID-SABIRABAD" | "AZ-ID-MASALLI" | "AZ-ID-NEFTCHALA" | "AZ-ID-AGHDAM";
                verifiedOnly?: boolean | ("0" | "1" | "true" | "false" | "on");
                sort?: "relevance" | "newest";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control. */
            200: {
                headers: {
                    ETag?: string;
                    /** @description Requests this key may still make in the current minute. */
                    "RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        page: number;
                        pageSize: number;
                        hits: {
                            /** @enum {string} */
                            entityType: "company" | "listing";
                            entityId: string;
                            companyId: string;
                            kind: string;
                            country: string;
                            region: string | null;
                            sectors: string[];
                            hsChapters: string[];
                            cooperationKinds: string[];
                            sizeBand: string | null;
                            economicZone: string | null;
                            verified: boolean;
                            /** Format: date-time */
                            publishedAt: string;
                            validUntil: string | null;
                            display: {
                                title?: {
                                    en?: string;
                                    ru?: string;
                                    uz?: string;
                                    az?: string;
                                };
                                summary?: {
                                    en?: string;
                                    ru?: string;
                                    uz?: string;
                                    az?: string;
                                };
                                companyName?: string;
                                companySlug?: string;
                                direction?: string | null;
                                targetCountry?: string | null;
                            };
                            rank: number;
                        }[];
                        facets: {
                            kind: {
                                value: string;
                                count: number;
                            }[];
                            country: {
                                value: string;
                                count: number;
                            }[];
                            region: {
                                value: string;
                                count: number;
                            }[];
                            sector: {
                                value: string;
                                count: number;
                            }[];
                            hsChapter: {
                                value: string;
                                count: number;
                            }[];
                            cooperationKind: {
                                value: string;
                                count: number;
                            }[];
                            sizeBand: {
                                value: string;
                                count: number;
                            }[];
                            economicZone: {
                                value: string;
                                count: number;
                            }[];
                            verified: {
                                value: string;
                                count: number;
                            }[];
                        };
                        terms: string[];
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match still matches. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `fields` lists the problem codes per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's scopes do not include this part of the API. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's requests per minute are used up. */
            429: {
                headers: {
                    /** @description Seconds until the next minute starts. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                q?: string | null;
                country?: "UZ" | "AZ" | "KZ" | "KG" | "TJ" | "TM" | "AF" | "GE" | "TR" | "RU" | "IR" | "CN" | "IN" | "PK" | "KR" | "JP" | "AE" | "SA" | "UA" | "BY" | "DE" | "IT" | "FR" | "GB" | "PL" | "LV" | "LT" | "NL" | "ES" | "US";
                region?: "UZ-TK" | "UZ-AN" | "UZ-BU" | "UZ-FA" | "UZ-JI" | "UZ-NG" | "UZ-NW" | "UZ-QA" | "UZ-QR" | "UZ-SA" | "UZ-SI" | "UZ-SU" | "UZ-TO" | "UZ-XO" | "AZ-BAK" | "AZ-ABX" | "AZ-DSH" | "AZ-GDA" | "AZ-KRB" | "AZ-QTV" | "AZ-QXM" | "AZ-LNA" | "AZ-MAR" | "AZ-MMG" | "AZ-SZQ" | "AZ-EZN" | "AZ-NAX" | "AZ-SSL";
                sector?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "35" | "36" | "37" | "38" | "39" | "41" | "42" | "43" | "45" | "46" | "47" | "49" | "50" | "51" | "52" | "53" | "55" | "56" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "77" | "78" | "79" | "80" | "81" | "82" | "84" | "85" | "86" | "87" | "88" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99" | "A" | "01" | "02" | "03" | "B" | "05" | "06" | "07" | "08" | "09" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
                hsChapter?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "67" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "76" | "78" | "79" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "88" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                cooperationKind?: "distribution" | "supply" | "subcontracting" | "manufacturing" | "joint-venture" | "investment" | "licensing" | "franchising" | "logistics" | "technology-transfer" | "research-development";
                sizeBand?: "micro" | "small" | "medium" | "large";
                economicZone?: "UZ-FEZ-NAVOIY" | "UZ-FEZ-ANGREN" | "UZ-FEZ-JIZZAKH" | "UZ-FEZ-URGUT" | "UZ-FEZ-GIJDUVAN" | "UZ-FEZ-KOKAND" | "UZ-FEZ-HAZORASP" | "UZ-FEZ-TERMEZ" | "UZ-FEZ-NAMANGAN" | "UZ-FEZ-NUKUS-FARM" | "UZ-FEZ-ZOMIN-FARM" | "UZ-FEZ-KOSONSOY-FARM" | "UZ-FEZ-SIRDARYO-FARM" | "UZ-FEZ-BOYSUN-FARM" | "UZ-FEZ-BOSTANLIQ-FARM" | "UZ-FEZ-PARKENT-FARM" | "AZ-FEZ-ALAT" | "AZ-IP-SUMGAYIT-CHEMICAL" | "AZ-IP-MINGACHEVIR" | "AZ-IP-GARADAGH" | "AZ-IP-BALAKHANI" | "AZ-IP-PIRALLAHI" | "AZ-IP-AGHDAM" | "AZ-IP-ARAZ-VALLEY" | "AZ-ID-HAJIGABUL" | "AZ-ID-SABIRABAD" | "AZ-ID-MASALLI" | "AZ-ID-NEFTCHALA" | "AZ-ID-AGHDAM";
                verifiedOnly?: boolean | ("0" | "1" | "true" | "false" | "on");
                sort?: "relevance" | "newest";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control. */
            200: {
                headers: {
                    ETag?: string;
                    /** @description Requests this key may still make in the current minute. */
                    "RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        page: number;
                        pageSize: number;
                        hits: {
                            /** @enum {string} */
                            entityType: "company" | "listing";
                            entityId: string;
                            companyId: string;
                            kind: string;
                            country: string;
                            region: string | null;
                            sectors: string[];
                            hsChapters: string[];
                            cooperationKinds: string[];
                            sizeBand: string | null;
                            economicZone: string | null;
                            verified: boolean;
                            /** Format: date-time */
                            publishedAt: string;
                            validUntil: string | null;
                            display: {
                                title?: {
                                    en?: string;
                                    ru?: string;
                                    uz?: string;
                                    az?: string;
                                };
                                summary?: {
                                    en?: string;
                                    ru?: string;
                                    uz?: string;
                                    az?: string;
                                };
                                companyName?: string;
                                companySlug?: string;
                                direction?: string | null;
                                targetCountry?: string | null;
                            };
                            rank: number;
                        }[];
                        facets: {
                            kind: {
                                value: string;
                                count: number;
                            }[];
                            country: {
                                value: string;
                                count: number;
                            }[];
                            region: {
                                value: string;
                                count: number;
                            }[];
                            sector: {
                                value: string;
                                count: number;
                            }[];
                            hsChapter: {
                                value: string;
                                count: number;
                            }[];
                            cooperationKind: {
                                value: string;
                                count: number;
                            }[];
                            sizeBand: {
                                value: string;
                                count: number;
                            }[];
                            economicZone: {
                                value: string;
                                count: number;
                            }[];
                            verified: {
                                value: string;
                                count: number;
                            }[];
                        };
                        terms: string[];
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match still matches. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `fields` lists the problem codes per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's scopes do not include this part of the API. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's requests per minute are used up. */
            429: {
                headers: {
                    /** @description Seconds until the next minute starts. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control. */
            200: {
                headers: {
                    ETag?: string;
                    /** @description Requests this key may still make in the current minute. */
                    "RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        slug: string;
                        legalName: string;
                        country: string;
                        taxId: string;
                        region: string | null;
                        district: string | null;
                        city: string | null;
                        economicZone: string | null;
                        foundedYear: number | null;
                        sizeBand: string | null;
                        sectors: string[];
                        hsChapters: string[];
                        exportsTo: string[];
                        importsFrom: string[];
                        languages: string[];
                        website: string | null;
                        description: {
                            en?: string;
                            ru?: string;
                            uz?: string;
                            az?: string;
                        };
                        contactPerson: {
                            name: string | null;
                            position: string | null;
                        };
                        /** @enum {string} */
                        verificationLevel: "unverified" | "format-checked" | "registry-confirmed";
                        memberSince: string | null;
                        hasLogo: boolean;
                        preview: boolean;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match still matches. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `fields` lists the problem codes per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's scopes do not include this part of the API. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description Nothing public under this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's requests per minute are used up. */
            429: {
                headers: {
                    /** @description Seconds until the next minute starts. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
    };
    listListings: {
        parameters: {
            query?: {
                q?: string | null;
                country?: "UZ" | "AZ" | "KZ" | "KG" | "TJ" | "TM" | "AF" | "GE" | "TR" | "RU" | "IR" | "CN" | "IN" | "PK" | "KR" | "JP" | "AE" | "SA" | "UA" | "BY" | "DE" | "IT" | "FR" | "GB" | "PL" | "LV" | "LT" | "NL" | "ES" | "US";
                region?: "UZ-TK" | "UZ-AN" | "UZ-BU" | "UZ-FA" | "UZ-JI" | "UZ-NG" | "UZ-NW" | "UZ-QA" | "UZ-QR" | "UZ-SA" | "UZ-SI" | "UZ-SU" | "UZ-TO" | "UZ-XO" | "AZ-BAK" | "AZ-ABX" | "AZ-DSH" | "AZ-GDA" | "AZ-KRB" | "AZ-QTV" | "AZ-QXM" | "AZ-LNA" | "AZ-MAR" | "AZ-MMG" | "AZ-SZQ" | "AZ-EZN" | "AZ-NAX" | "AZ-SSL";
                sector?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "35" | "36" | "37" | "38" | "39" | "41" | "42" | "43" | "45" | "46" | "47" | "49" | "50" | "51" | "52" | "53" | "55" | "56" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "77" | "78" | "79" | "80" | "81" | "82" | "84" | "85" | "86" | "87" | "88" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99" | "A" | "01" | "02" | "03" | "B" | "05" | "06" | "07" | "08" | "09" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
                hsChapter?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "67" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "76" | "78" | "79" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "88" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                cooperationKind?: "distribution" | "supply" | "subcontracting" | "manufacturing" | "joint-venture" | "investment" | "licensing" | "franchising" | "logistics" | "technology-transfer" | "research-development";
                sizeBand?: "micro" | "small" | "medium" | "large";
                economicZone?: "UZ-FEZ-NAVOIY" | "UZ-FEZ-ANGREN" | "UZ-FEZ-JIZZAKH" | "UZ-FEZ-URGUT" | "UZ-FEZ-GIJDUVAN" | "UZ-FEZ-KOKAND" | "UZ-FEZ-HAZORASP" | "UZ-FEZ-TERMEZ" | "UZ-FEZ-NAMANGAN" | "UZ-FEZ-NUKUS-FARM" | "UZ-FEZ-ZOMIN-FARM" | "UZ-FEZ-KOSONSOY-FARM" | "UZ-FEZ-SIRDARYO-FARM" | "UZ-FEZ-BOYSUN-FARM" | "UZ-FEZ-BOSTANLIQ-FARM" | "UZ-FEZ-PARKENT-FARM" | "AZ-FEZ-ALAT" | "AZ-IP-SUMGAYIT-CHEMICAL" | "AZ-IP-MINGACHEVIR" | "AZ-IP-GARADAGH" | "AZ-IP-BALAKHANI" | "AZ-IP-PIRALLAHI" | "AZ-IP-AGHDAM" | "AZ-IP-ARAZ-VALLEY" | "AZ-ID-HAJIGABUL" | "AZ-ID-SABIRABAD" | "AZ-ID-MASALLI" | "AZ-ID-NEFTCHALA" | "AZ-ID-AGHDAM";
                verifiedOnly?: boolean | ("0" | "1" | "true" | "false" | "on");
                sort?: "relevance" | "newest";
                page?: number;
                pageSize?: number;
                type?: "offers" | "requests" | "projects";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control. */
            200: {
                headers: {
                    ETag?: string;
                    /** @description Requests this key may still make in the current minute. */
                    "RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        page: number;
                        pageSize: number;
                        hits: {
                            /** @enum {string} */
                            entityType: "company" | "listing";
                            entityId: string;
                            companyId: string;
                            kind: string;
                            country: string;
                            region: string | null;
                            sectors: string[];
                            hsChapters: string[];
                            cooperationKinds: string[];
                            sizeBand: string | null;
                            economicZone: string | null;
                            verified: boolean;
                            /** Format: date-time */
                            publishedAt: string;
                            validUntil: string | null;
                            display: {
                                title?: {
                                    en?: string;
                                    ru?: string;
                                    uz?: string;
                                    az?: string;
                                };
                                summary?: {
                                    en?: string;
                                    ru?: string;
                                    uz?: string;
                                    az?: string;
                                };
                                companyName?: string;
                                companySlug?: string;
                                direction?: string | null;
                                targetCountry?: string | null;
                            };
                            rank: number;
                        }[];
                        facets: {
                            kind: {
                                value: string;
                                count: number;
                            }[];
                            country: {
                                value: string;
                                count: number;
                            }[];
                            region: {
                                value: string;
                                count: number;
                            }[];
                            sector: {
                                value: string;
                                count: number;
                            }[];
                            hsChapter: {
                                value: string;
                                count: number;
                            }[];
                            cooperationKind: {
                                value: string;
                                count: number;
                            }[];
                            sizeBand: {
                                value: string;
                                count: number;
                            }[];
                            economicZone: {
                                value: string;
                                count: number;
                            }[];
                            verified: {
                                value: string;
                                count: number;
                            }[];
                        };
                        terms: string[];
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match still matches. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `fields` lists the problem codes per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's scopes do not include this part of the API. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's requests per minute are used up. */
            429: {
                headers: {
                    /** @description Seconds until the next minute starts. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control. */
            200: {
                headers: {
                    ETag?: string;
                    /** @description Requests this key may still make in the current minute. */
                    "RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        content: {
                            kind?: string;
                            title?: {
                                en?: string;
                                ru?: string;
                                uz?: string;
                                az?: string;
                            };
                            description?: {
                                en?: string;
                                ru?: string;
                                uz?: string;
                                az?: string;
                            };
                            sectors?: string[];
                            hsChapters?: string[];
                            cooperationKinds?: string[];
                            direction?: string;
                            targetCountry?: string;
                            quantity?: number;
                            unit?: string;
                            minOrder?: number;
                            priceMin?: number;
                            priceMax?: number;
                            currency?: string;
                            incoterm?: string;
                            importsFrom?: string[];
                            validUntil?: string;
                            capitalNeeded?: number;
                            stage?: string;
                            partnerRole?: string;
                            siteRegion?: string;
                            siteZone?: string;
                        };
                        title: {
                            en?: string;
                            ru?: string;
                            uz?: string;
                            az?: string;
                        };
                        description: {
                            en?: string;
                            ru?: string;
                            uz?: string;
                            az?: string;
                        };
                        sectors: string[];
                        hsChapters: string[];
                        cooperationKinds: string[];
                        direction: string | null;
                        targetCountry: string | null;
                        importsFrom: string[];
                        publishedAt: string | null;
                        validUntil: string | null;
                        company: {
                            id: string;
                            slug: string;
                            legalName: string;
                            country: string;
                            region: string | null;
                            /** @enum {string} */
                            verificationLevel: "unverified" | "format-checked" | "registry-confirmed";
                        };
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match still matches. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `fields` lists the problem codes per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's scopes do not include this part of the API. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description Nothing public under this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's requests per minute are used up. */
            429: {
                headers: {
                    /** @description Seconds until the next minute starts. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
    };
    getReferenceList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: "countries" | "regions" | "sectors" | "hs-chapters";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control. */
            200: {
                headers: {
                    ETag?: string;
                    /** @description Requests this key may still make in the current minute. */
                    "RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            labels: {
                                en: string;
                                ru: string;
                                uz: string;
                                az: string;
                            };
                            country?: string;
                            section?: string;
                            level?: string;
                        }[];
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match still matches. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `fields` lists the problem codes per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's scopes do not include this part of the API. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description Nothing public under this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
            /** @description The key's requests per minute are used up. */
            429: {
                headers: {
                    /** @description Seconds until the next minute starts. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "method_not_allowed";
                            message: string;
                            fields?: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
    };
}
