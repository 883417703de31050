import type { ThemeText } from "./listing-themes";

type Kind = "offer" | "request" | "joint-project";

/**
 * The closing sentence a company adds under a theme's description, naming itself: listings of two companies on
 * the same theme then never read word for word alike (as real listings do not), and search finds a listing by the
 * name of its company. The name stays as registered, in Latin letters, in every language.
 */
export function companySignOff(kind: Kind, name: string): ThemeText {
  if (kind === "offer") {
    return {
      en: `${name} sends its terms and prices on request.`,
      ru: `«${name}» по запросу пришлёт условия и цены.`,
      uz: `«${name}» soʻrovingizga koʻra shartlar va narxlarni yuboradi.`,
      uzCyrl: `«${name}» сўровингизга кўра шартлар ва нархларни юборади.`,
      az: `«${name}» sorğunuza əsasən şərtləri və qiymətləri göndərəcək.`,
    };
  }
  if (kind === "request") {
    return {
      en: `${name} looks forward to offers with prices and delivery terms.`,
      ru: `«${name}» ждёт предложений с ценами и условиями поставки.`,
      uz: `«${name}» narxlar va yetkazib berish shartlari koʻrsatilgan takliflarni kutadi.`,
      uzCyrl: `«${name}» нархлар ва етказиб бериш шартлари кўрсатилган таклифларни кутади.`,
      az: `«${name}» qiymətləri və çatdırılma şərtləri göstərilən təklifləri gözləyir.`,
    };
  }
  return {
    en: `${name} will share the details of the project with interested partners.`,
    ru: `«${name}» подробно расскажет о проекте заинтересованным партнёрам.`,
    uz: `«${name}» qiziqqan hamkorlarga loyiha tafsilotlarini taqdim etadi.`,
    uzCyrl: `«${name}» қизиққан ҳамкорларга лойиҳа тафсилотларини тақдим этади.`,
    az: `«${name}» maraqlanan tərəfdaşlara layihənin təfərrüatlarını təqdim edəcək.`,
  };
}

/** A theme's description followed by the company's closing sentence, in each language. */
export function signedDescription(description: ThemeText, kind: Kind, name: string): ThemeText {
  const signOff = companySignOff(kind, name);
  const join = (key: keyof ThemeText) => `${description[key]} ${signOff[key]}`;
  return { en: join("en"), ru: join("ru"), uz: join("uz"), uzCyrl: join("uzCyrl"), az: join("az") };
}
