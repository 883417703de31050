/** What an organisation of advisers fills in to apply, as the application form sends it. */
export const chamberApplication = {
  name: "Fargʻona viloyati savdo-sanoat palatasi",
  kind: "chamber",
  country: "UZ",
  website: "chamber-fergana.uz",
  contactName: "Dilshod Rahimov",
  contactEmail: "info@chamber-fergana.uz",
  contactPhone: "+998 73 244 12 34",
} as const;
