/**
 * Passwords refused by `passwordSchema`: the most common passwords of public breach lists, plus local ones
 * (Uzbek/Russian "parol", place names, the Russian-keyboard "йцукен" row, the portal's own name).
 * Compared case-insensitively. Shorter entries are harmless: the schema requires 8 characters anyway.
 */
export const commonPasswords: readonly string[] = [
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
  "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
  "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
  "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
  "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
  "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
  "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
  "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
  "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas",
  "austin", "thunder", "taylor", "matrix", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "pa55word",
  "qwerty123", "qwerty1", "qwerty12", "qwerty1234", "qwertyui", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4", "q1w2e3r4t5",
  "zaq12wsx", "zaq1zaq1", "qazwsxedc", "123qweasd", "1qazxsw2", "abcd1234", "1234qwer", "qwer1234", "asdfghjkl", "asdfasdf",
  "asdf1234", "zxcvbnm1", "123123123", "12341234", "11223344", "12344321", "87654321", "88888888", "00000000", "99999999",
  "12121212", "1111111111", "0987654321", "147258369", "123654789", "741852963", "999999999", "777777777", "666666666", "555555555",
  "123456a", "123456789a", "a123456789", "12345678910", "1234554321", "iloveyou1", "sunshine1", "princess1", "football1", "baseball1",
  "starwars1", "superman1", "letmein1", "welcome", "welcome1", "welcome123", "admin", "admin123", "administrator", "changeme",
  "whatever", "internet", "monkey123", "dragon123", "master123", "shadow123", "michael1", "jordan23", "liverpool", "arsenal",
  "chelsea1", "barcelona", "realmadrid", "juventus", "manchester", "loveyou", "lovely", "mypassword", "secret", "secret123",
  "default", "guest", "test", "test1234", "testing", "1234abcd", "abc12345", "aa123456", "q123456789", "qwe123",
  "qweasdzxc", "1qaz2wsx3edc", "147852369", "159357", "159753456", "789456123", "123456789q", "password12", "google", "facebook",
  "instagram", "samsung", "iphone", "apple123", "microsoft", "windows", "linux", "ubuntu", "hello123", "hellohello",
  "sunflower", "butterfly", "flower", "pokemon", "naruto", "chocolate", "cookie", "family", "friends", "forever",
  "blink182", "metallica", "nirvana", "parol", "parol123", "parol1234", "пароль", "пароль123", "йцукен", "йцукенг",
  "йцукенгш", "qwertyuiop1", "1q2w3e", "12qwaszx", "uzbekistan", "ozbekiston", "tashkent", "toshkent", "samarkand", "samarqand",
  "azerbaijan", "azerbaycan", "azərbaycan", "baku1234", "bakı", "baki1234", "qarabag", "karabakh", "1qa2ws3ed", "karvon",
  "karvon123",
];

const commonPasswordSet = new Set(commonPasswords);

export function isCommonPassword(password: string): boolean {
  return commonPasswordSet.has(password.trim().toLowerCase());
}
