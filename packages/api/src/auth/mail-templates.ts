import { defineMailTemplate } from "../mail/template";

type LinkMail = { name: string; url: string };

export const verifyEmailMail = defineMailTemplate<LinkMail>("auth.verify-email", {
  en: ({ name, url }) => ({
    subject: "Confirm your e-mail address for Karvon",
    text: `Hello ${name},\n\nthank you for joining Karvon. Please confirm your e-mail address by opening this link:\n\n${url}\n\nThe link is valid for 24 hours. If you did not sign up, ignore this message and nothing will happen.\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ name, url }) => ({
    subject: "Подтвердите адрес электронной почты для Karvon",
    text: `Здравствуйте, ${name}!\n\nСпасибо за регистрацию на Karvon. Подтвердите адрес электронной почты, перейдя по ссылке:\n\n${url}\n\nСсылка действует 24 часа. Если вы не регистрировались, просто проигнорируйте это письмо.\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ name, url }) => ({
    subject: "Karvon uchun elektron pochta manzilingizni tasdiqlang",
    text: `Assalomu alaykum, ${name}!\n\nKarvon platformasiga qoʻshilganingiz uchun rahmat. Elektron pochta manzilingizni quyidagi havola orqali tasdiqlang:\n\n${url}\n\nHavola 24 soat amal qiladi. Agar siz roʻyxatdan oʻtmagan boʻlsangiz, bu xatga eʼtibor bermang.\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ name, url }) => ({
    subject: "Karvon üçün e-poçt ünvanınızı təsdiqləyin",
    text: `Salam, ${name}!\n\nKarvon-a qoşulduğunuz üçün təşəkkür edirik. E-poçt ünvanınızı bu keçid vasitəsilə təsdiqləyin:\n\n${url}\n\nKeçid 24 saat etibarlıdır. Qeydiyyatdan keçməmisinizsə, bu məktubu nəzərə almayın.\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});

export const resetPasswordMail = defineMailTemplate<LinkMail>("auth.reset-password", {
  en: ({ name, url }) => ({
    subject: "Reset your Karvon password",
    text: `Hello ${name},\n\nsomeone asked to reset the password of your Karvon account. To choose a new password, open this link:\n\n${url}\n\nThe link is valid for one hour. If it was not you, ignore this message: your password stays as it is.\n\nKarvon`,
  }),
  ru: ({ name, url }) => ({
    subject: "Сброс пароля Karvon",
    text: `Здравствуйте, ${name}!\n\nПоступил запрос на сброс пароля вашей учётной записи Karvon. Чтобы задать новый пароль, перейдите по ссылке:\n\n${url}\n\nСсылка действует один час. Если это были не вы, проигнорируйте письмо — пароль останется прежним.\n\nKarvon`,
  }),
  uz: ({ name, url }) => ({
    subject: "Karvon parolini tiklash",
    text: `Assalomu alaykum, ${name}!\n\nKarvon hisobingiz parolini tiklash soʻraldi. Yangi parol oʻrnatish uchun havolani oching:\n\n${url}\n\nHavola bir soat amal qiladi. Agar bu siz boʻlmasangiz, xatga eʼtibor bermang — parolingiz oʻzgarmaydi.\n\nKarvon`,
  }),
  az: ({ name, url }) => ({
    subject: "Karvon şifrənizi bərpa edin",
    text: `Salam, ${name}!\n\nKarvon hesabınızın şifrəsinin bərpası istənildi. Yeni şifrə seçmək üçün bu keçidi açın:\n\n${url}\n\nKeçid bir saat etibarlıdır. Bu siz deyilsinizsə, məktubu nəzərə almayın — şifrəniz dəyişməyəcək.\n\nKarvon`,
  }),
});

type AccountExistsMail = { name: string; signInUrl: string; resetUrl: string };

/** Someone signed up with an address that already has an account: the owner hears of it, the form shows nothing. */
export const accountExistsMail = defineMailTemplate<AccountExistsMail>("auth.account-exists", {
  en: ({ name, signInUrl, resetUrl }) => ({
    subject: "You already have a Karvon account",
    text: `Hello ${name},\n\nsomeone just tried to sign up for Karvon with this e-mail address, which already has an account. If it was you, sign in here:\n\n${signInUrl}\n\nIf you have forgotten your password, you can choose a new one here:\n\n${resetUrl}\n\nIf it was not you, ignore this message: nothing has changed in your account.\n\nKarvon`,
  }),
  ru: ({ name, signInUrl, resetUrl }) => ({
    subject: "У вас уже есть учётная запись Karvon",
    text: `Здравствуйте, ${name}!\n\nКто-то только что попытался зарегистрироваться на Karvon с этим адресом электронной почты, но учётная запись с ним уже существует. Если это были вы, войдите здесь:\n\n${signInUrl}\n\nЕсли вы забыли пароль, задайте новый здесь:\n\n${resetUrl}\n\nЕсли это были не вы, проигнорируйте письмо — в вашей учётной записи ничего не изменилось.\n\nKarvon`,
  }),
  uz: ({ name, signInUrl, resetUrl }) => ({
    subject: "Sizda allaqachon Karvon hisobi bor",
    text: `Assalomu alaykum, ${name}!\n\nKimdir hozirgina ushbu elektron pochta manzili bilan Karvonʼda roʻyxatdan oʻtishga urindi, biroq bu manzil bilan hisob allaqachon mavjud. Agar bu siz boʻlsangiz, shu yerda kiring:\n\n${signInUrl}\n\nAgar parolingizni unutgan boʻlsangiz, yangisini shu yerda oʻrnating:\n\n${resetUrl}\n\nAgar bu siz boʻlmasangiz, xatga eʼtibor bermang — hisobingizda hech narsa oʻzgarmadi.\n\nKarvon`,
  }),
  az: ({ name, signInUrl, resetUrl }) => ({
    subject: "Artıq Karvon hesabınız var",
    text: `Salam, ${name}!\n\nKimsə indicə bu e-poçt ünvanı ilə Karvon-da qeydiyyatdan keçməyə çalışdı, lakin bu ünvanla artıq hesab mövcuddur. Bu siz idinizsə, buradan daxil olun:\n\n${signInUrl}\n\nŞifrənizi unutmusunuzsa, yenisini buradan seçə bilərsiniz:\n\n${resetUrl}\n\nBu siz deyilsinizsə, məktubu nəzərə almayın — hesabınızda heç nə dəyişməyib.\n\nKarvon`,
  }),
});
