# Bahasa Indonesia
# NEEDS REVIEW by a native speaker of Indonesian before release. Remove this
# line once a native speaker has reviewed the file.

## Chat page hosting the report flow (demo)

chat-heading = Chat
chat-settings = Pengaturan tampilan
chat-language = Bahasa
chat-platform = Platform
chat-conversation = Chat
platform-ios = iOS
platform-android = Android
platform-desktop = Desktop
chat-report-button = Laporkan
chat-report-button-label = Laporkan pesan dari { $sender } yang dikirim { $time }
chat-message-unsent = Pesan ini telah ditarik.
chat-server-heading = Yang diterima server demo
chat-server-empty = Server belum menerima laporan apa pun.

## Step 1: the reason

report-title = Laporkan pesan
reason-intro = Mengapa Anda melaporkan pesan ini?
reason-spam = Spam atau iklan yang tidak diinginkan
reason-harassment = Pelecehan atau perundungan
reason-hate = Ujaran kebencian atau diskriminasi
reason-violence = Kekerasan atau ancaman
reason-sexual = Konten seksual
reason-scam = Penipuan
reason-other = Lainnya
comment-label = Tambahkan detail (opsional)
comment-hint = Yang Anda tulis di sini dikirim bersama laporan.
button-next = Berikutnya
button-cancel = Batal
button-back = Kembali

## Step 2: what is sent, why, to whom, where, for how long

disclosure-title = Sebelum Anda mengirim laporan ini
disclosure-headline =
    Jika Anda mengirim laporan ini, { $total ->
        [1] 1 pesan yang Anda pilih (tidak ada pesan lain sebelum atau sesudahnya di chat ini)
       *[other] { $total } pesan dari chat ini, yaitu pesan yang Anda pilih, { $before ->
            [0] tanpa pesan sebelumnya
           *[other] { $before } pesan sebelumnya
        }, dan { $after ->
            [0] tanpa pesan sesudahnya
           *[other] { $after } pesan sesudahnya
        }
    } akan dikirim ke { $operator } beserta pengirim, waktu, teks, foto, video, dan file.
preview-heading = Pesan yang akan dikirim
preview-chosen = Pesan yang Anda laporkan
preview-not-sent-notice = Tidak dikirim: pemberitahuan dari aplikasi
preview-not-sent-unsent = Tidak dikirim: pesan ini telah ditarik
message-time = { $day }/{ $month }/{ $year } { $hour }.{ $minute }
media-image = Foto ({ $size })
media-video = Video, { $duration } ({ $size })
media-file = File: { $name } ({ $size })
media-sticker = Stiker: { $name }
size-kb = { $kb } KB
size-mb = { $mb } MB
why-heading = Mengapa dikirim
purpose-review = Untuk memeriksa apakah pesan yang dilaporkan melanggar Ketentuan Penggunaan, dengan membacanya bersama pesan di sekitarnya.
purpose-enforce = Untuk menindak akun yang mengirimnya, misalnya dengan peringatan atau penangguhan.
purpose-protect = Untuk melindungi Anda dan orang lain dari bahaya yang sama.
who-heading = Siapa yang menerimanya
recipient-trust-safety = Tim Kepercayaan dan Keamanan { $operator }
recipient-moderation-contractor = Perusahaan peninjau konten yang bekerja untuk { $operator } berdasarkan kontrak
where-heading = Di mana diproses
country-JP = Jepang
country-KR = Korea Selatan
country-PH = Filipina
retention-heading = Berapa lama disimpan
retention = { $days } hari setelah peninjauan laporan Anda selesai. Setelah itu dihapus.
not-sent-heading = Yang tidak dikirim
not-sent-other-messages = Pesan lain di chat ini atau di chat Anda yang lain
not-sent-contacts = Kontak dan daftar teman Anda
not-sent-location = Lokasi Anda
consent-note = Dengan { $platform ->
        [ios] mengetuk
        [android] mengetuk
       *[desktop] mengeklik
    } “Setuju dan kirim”, Anda setuju untuk mengirim { $total } pesan ini ke { $operator } untuk tujuan di atas.
button-agree = Setuju dan kirim

## Step 3: sending

send-in-progress = Mengirim laporan Anda…
send-failed = Laporan Anda tidak dapat dikirim. Tidak ada yang hilang: periksa koneksi Anda, lalu coba lagi.
button-retry = Coba lagi

## Step 4: receipt

receipt-title = Laporan terkirim
receipt-reference = Nomor referensi laporan: { $reference }
receipt-summary = { $total } pesan telah dikirim ke { $operator }: pesan yang Anda laporkan, { $before } pesan sebelumnya, dan { $after } pesan sesudahnya.
receipt-reason = Alasan: { $reason }
flow-unavailable = Laporan ini tidak dapat dikirim sekarang karena pemberitahuannya tidak dapat ditampilkan sepenuhnya. Tidak ada yang dikirim.
button-close = Tutup
