/**
 * Passwords seen most often in published breach corpora (the most common entries of the
 * lists NIST SP 800-63B asks verifiers to check against), lower-cased. A passphrase equal to
 * one of these, or to one with digits or symbols added at the end, is refused.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  '123456', '123456789', '12345678', 'password', 'qwerty', '12345', 'qwerty123', '1q2w3e',
  '111111', '1234567', '1234567890', 'dragon', '123123', 'baseball', 'abc123', 'football',
  'monkey', 'letmein', 'shadow', 'master', '696969', 'mustang', '666666', 'qwertyuiop',
  '123321', '1234', 'michael', 'superman', 'jordan', 'harley', 'ranger', 'hunter', 'buster',
  'soccer', 'hockey', 'killer', 'george', 'sunshine', 'trustno1', 'thomas', 'robert',
  'access', 'love', 'batman', 'princess', 'iloveyou', 'welcome', 'welcome1', 'admin',
  'administrator', 'passw0rd', 'password1', 'password123', 'p@ssw0rd', 'p@ssword', 'login',
  'starwars', 'whatever', 'freedom', 'charlie', 'jennifer', 'jessica', 'ashley', 'nicole',
  'daniel', 'andrew', 'joshua', 'matthew', 'pepper', 'ginger', 'cheese', 'summer', 'winter',
  'spring', 'autumn', 'computer', 'internet', 'secret', 'changeme', 'default', 'guest',
  'zaq12wsx', '1qaz2wsx', 'qazwsx', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'abcdef', 'abcdefg',
  'abcd1234', 'aa123456', 'a123456', 'qwe123', 'q1w2e3r4', '1q2w3e4r', '1q2w3e4r5t',
  'million2', 'aaaaaa', '000000', '654321', '987654321', '121212', '112233', 'killer1',
  'football1', 'baseball1', 'monkey1', 'dragon1', 'master1', 'sunshine1', 'iloveyou1',
  'princess1', 'letmein1', 'qwerty1', 'password!', 'hello123', 'hello', 'hellokitty',
  'flower', 'lovely', 'purple', 'orange', 'banana', 'chocolate', 'cookie', 'butterfly',
  'liverpool', 'chelsea', 'arsenal', 'yankees', 'cowboys', 'eagles', 'tigger', 'maggie',
  'bailey', 'buddy', 'lucky', 'samsung', 'google', 'apple', 'microsoft', 'linkedin',
  'facebook', 'twitter', 'myspace', 'pokemon', 'naruto', 'minecraft', 'fortnite',
  'runner', 'running', 'marathon', 'physio', 'physiotherapy', 'therapist', 'doctor',
  'nurse', 'clinic', 'patient', 'health', 'medical', 'hospital', 'racepoint', 'needle',
  'needling', 'dryneedling', 'correcthorsebatterystaple', 'letmeinnow', 'iloveyou2',
  'trustnoone', 'passpass', 'password12', 'password1234', 'qwertyui', 'qwerty12',
  'qwerty1234', 'asdf1234', 'zxcv1234', 'michelle', 'jasmine', 'justin', 'hannah'
]
