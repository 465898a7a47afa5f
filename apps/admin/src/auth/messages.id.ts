/** Signing in, and who is signed in, in Bahasa Indonesia (the first language). */
export const authId = {
  'login.title': 'Masuk',
  'login.intro': 'Untuk Inspektorat, evaluator TPI dan operator unit kerja.',
  'login.email': 'Email',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.submitting': 'Sedang masuk…',
  'login.failed': 'Gagal masuk',
  'login.sessionEnded': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'user.logout': 'Keluar',
};
