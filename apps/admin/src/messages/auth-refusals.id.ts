/** Why the API refused a login, by the stable `reason` it gives. */
export const authRefusalId = {
  WRONG_CREDENTIALS: 'Email atau kata sandi salah.',
  TOO_MANY_LOGINS: 'Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam {wait}.',
  TOO_MANY_LOGINS_FROM_ADDRESS:
    'Terlalu banyak percobaan masuk yang gagal dari alamat jaringan ini. Coba lagi dalam {wait}, atau masuk dari peramban yang pernah Anda pakai untuk masuk.',
};
