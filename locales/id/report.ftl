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
chat-server-verified = Terverifikasi: yang ditampilkan kepada orang tersebut persis sama dengan pemberitahuan yang disetujui.
chat-server-unverified = Tidak terverifikasi: yang ditampilkan kepada orang tersebut tidak dapat dicocokkan dengan pemberitahuan yang disetujui.

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
    } akan dikirim ke { $operator }.
disclosure-summary = Tim Kepercayaan dan Keamanan { $operator } dan perusahaan peninjau yang bekerja untuk { $operator } membaca pesan-pesan ini untuk memeriksa apakah pesan tersebut melanggar Ketentuan Penggunaan dan untuk menindak pengirimnya. Setiap pesan dikirim beserta pengirim, waktu, dan teksnya, serta tautan ke foto, video, atau stiker di dalamnya, jika ada.
preview-heading = Pesan yang akan dikirim
preview-chosen = Pesan yang Anda laporkan
preview-not-sent-notice = Tidak dikirim: pemberitahuan dari aplikasi
preview-not-sent-unsent = Tidak dikirim: pesan yang ditarik oleh pengirimnya
message-time = { $day }/{ $month }/{ $year } { $hour }.{ $minute }
media-image = Foto ({ $size }): tautannya dikirim dan dapat dibuka oleh tim peninjau.
media-video = Video, { $duration } ({ $size }): tautannya dikirim dan dapat dibuka oleh tim peninjau.
media-file = File: { $name } ({ $size }). Hanya nama dan ukurannya yang dikirim, bukan filenya.
media-sticker = Stiker: { $name }: tautannya dikirim dan dapat dibuka oleh tim peninjau.
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
details-heading = Juga dikirim bersama laporan
detail-reason = Alasan yang Anda pilih dan detail yang Anda tulis, jika ada.
detail-ids = ID chat ini, ID setiap pesan di atas, dan ID akun setiap pengirim.
detail-not-sent-marks = Untuk pesan di atas yang ditandai “Tidak dikirim”, yang dikirim hanya fakta bahwa ada pesan di situ: bukan isi, pengirim, atau waktunya.
detail-settings = Bahasa Anda ({ $locale }), platform Anda ({ $platform ->
        [ios] iOS
        [android] Android
       *[desktop] desktop
    }), dan zona waktu Anda ({ $utc_offset }), yang digunakan untuk menampilkan waktu di atas.
detail-version = Versi layar laporan ini ({ $client }).
detail-versions-with-app = Versi layar laporan ini ({ $client }) dan versi aplikasi ({ $host }).
detail-consent = Waktu saat Anda menyetujui, dan dua kode: satu menunjukkan pemberitahuan ini sebagaimana disetujui, yang lain dibuat dari teksnya persis seperti yang ditampilkan kepada Anda.
detail-report-id = Nomor laporan acak, agar laporan yang terkirim dua kali hanya dicatat satu kali.
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
