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
chat-page-chat = Chat
chat-page-account = Profil
chat-page-feed = Feed
account-report-button = Laporkan akun
account-report-button-label = Laporkan akun { $name }
post-report-button-label = Laporkan postingan dari { $sender } yang diposting { $time }
account-no-status = Tidak ada pesan status

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
detail-display-check = Konfirmasi bahwa layar Anda menampilkan pemberitahuan ini sepenuhnya, dapat dibaca dan tidak tertutup, sebelum Anda dapat menyetujui.
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

## Step 1 and 2 when reporting an account (its profile) or a post (in the feed)
## instead of a message. Each kind has its own exact notice.

report-title-account = Laporkan akun
report-title-post = Laporkan postingan
reason-intro-account = Mengapa Anda melaporkan akun ini?
reason-intro-post = Mengapa Anda melaporkan postingan ini?
disclosure-headline-account = { $received ->
        [0] Jika Anda mengirim laporan ini, informasi tentang akun ini akan dikirim ke { $operator }. Tidak ada pesan yang ikut dikirim: Anda belum menerima pesan apa pun dari akun ini.
        [1] Jika Anda mengirim laporan ini, informasi tentang akun ini dan 1 pesan terbaru yang Anda terima dari akun ini akan dikirim ke { $operator }.
       *[other] Jika Anda mengirim laporan ini, informasi tentang akun ini dan { $received } pesan terbaru yang Anda terima dari akun ini akan dikirim ke { $operator }.
    }
disclosure-summary-account = { $received ->
        [0] Tim Kepercayaan dan Keamanan { $operator } dan perusahaan peninjau yang bekerja untuk { $operator } membacanya untuk memeriksa apakah akun ini melanggar Ketentuan Penggunaan dan untuk menindak akun tersebut.
       *[other] Tim Kepercayaan dan Keamanan { $operator } dan perusahaan peninjau yang bekerja untuk { $operator } membacanya untuk memeriksa apakah akun ini melanggar Ketentuan Penggunaan dan untuk menindak akun tersebut. Setiap pesan dikirim beserta waktu dan teksnya, serta tautan ke foto, video, atau stiker di dalamnya, jika ada.
    }
disclosure-headline-post = { $media ->
        [0] Jika Anda mengirim laporan ini, postingan ini dan informasi tentang pembuatnya akan dikirim ke { $operator }.
        [1] Jika Anda mengirim laporan ini, postingan ini beserta 1 foto atau video di dalamnya, serta informasi tentang pembuatnya, akan dikirim ke { $operator }.
       *[other] Jika Anda mengirim laporan ini, postingan ini beserta { $media } foto dan video di dalamnya, serta informasi tentang pembuatnya, akan dikirim ke { $operator }.
    }
disclosure-summary-post = Tim Kepercayaan dan Keamanan { $operator } dan perusahaan peninjau yang bekerja untuk { $operator } membacanya untuk memeriksa apakah postingan ini melanggar Ketentuan Penggunaan dan untuk menindak pembuatnya. Postingan dikirim beserta waktu dan teksnya, serta tautan ke setiap foto atau video di dalamnya.
profile-heading-account = Informasi akun yang akan dikirim
profile-heading-author = Informasi pembuat postingan yang akan dikirim
profile-name = Nama
profile-status = Pesan status
profile-photo = Foto profil: tautannya dikirim dan dapat dibuka oleh tim peninjau.
received-heading = Pesan dari akun ini yang akan dikirim
received-none = Anda belum menerima pesan apa pun dari akun ini, jadi tidak ada pesan yang dikirim.
post-heading = Postingan yang akan dikirim
purpose-review-account = Untuk memeriksa apakah akun yang dilaporkan melanggar Ketentuan Penggunaan, berdasarkan profilnya dan pesan yang dikirimnya kepada Anda.
purpose-enforce-account = Untuk menindak akun tersebut, misalnya dengan peringatan atau penangguhan.
purpose-protect-account = Untuk melindungi Anda dan orang lain dari bahaya yang sama.
purpose-review-post = Untuk memeriksa apakah postingan yang dilaporkan melanggar Ketentuan Penggunaan.
purpose-enforce-post = Untuk menindak postingan dan pembuatnya, misalnya dengan menghapus postingan atau menangguhkan akunnya.
purpose-protect-post = Untuk melindungi Anda dan orang lain dari bahaya yang sama.
detail-ids-account = { $received ->
        [0] ID akun ini.
       *[other] ID akun ini dan ID setiap pesan di atas.
    }
detail-ids-post = ID postingan ini dan ID akun pembuatnya.
not-sent-own-messages = Pesan yang Anda kirim ke akun ini
not-sent-unsent-messages = Pesan yang dikirim lalu ditarik oleh akun ini
not-sent-older-messages = Pesan dari akun ini yang lebih lama daripada { $limit } pesan terbaru
not-sent-comments = Komentar dan reaksi pada postingan ini
not-sent-other-posts = Postingan lain dari pembuatnya
consent-note-account = Dengan { $platform ->
        [ios] mengetuk
        [android] mengetuk
       *[desktop] mengeklik
    } “Setuju dan kirim”, Anda setuju untuk mengirim informasi tentang akun ini { $received ->
        [0] ke { $operator } untuk tujuan di atas.
        [1] dan pesan ini ke { $operator } untuk tujuan di atas.
       *[other] dan { $received } pesan ini ke { $operator } untuk tujuan di atas.
    }
consent-note-post = Dengan { $platform ->
        [ios] mengetuk
        [android] mengetuk
       *[desktop] mengeklik
    } “Setuju dan kirim”, Anda setuju untuk mengirim postingan ini dan informasi tentang pembuatnya ke { $operator } untuk tujuan di atas.
receipt-summary-account = { $received ->
        [0] Informasi tentang akun ini telah dikirim ke { $operator }.
        [1] Informasi tentang akun ini dan 1 pesan darinya telah dikirim ke { $operator }.
       *[other] Informasi tentang akun ini dan { $received } pesan darinya telah dikirim ke { $operator }.
    }
receipt-summary-post = Postingan dan informasi tentang pembuatnya telah dikirim ke { $operator }.

## Step 3: sending

send-in-progress = Mengirim laporan Anda…
send-failed = Laporan Anda tidak dapat dikirim. Tidak ada yang hilang: periksa koneksi Anda, lalu coba lagi.
send-refused = Laporan Anda tidak dapat diterima. Tidak ada yang terkirim dua kali, dan mencoba lagi tidak akan mengubah hasilnya. Tutup jendela ini, lalu beri tahu layanan dukungan aplikasi tentang kejadian ini.
button-retry = Coba lagi

## Step 4: receipt

receipt-title = Laporan terkirim
receipt-reference = Nomor referensi laporan: { $reference }
receipt-summary = { $total } pesan telah dikirim ke { $operator }: pesan yang Anda laporkan, { $before } pesan sebelumnya, dan { $after } pesan sesudahnya.
receipt-reason = Alasan: { $reason }
flow-unavailable = Laporan ini tidak dapat dikirim sekarang karena pemberitahuannya tidak dapat ditampilkan sepenuhnya. Tidak ada yang dikirim.
flow-not-displayed = Pemberitahuan ini tidak dapat ditampilkan sepenuhnya di layar Anda, jadi laporan ini tidak dapat dikirim. Tidak ada yang dikirim. Tutup lalu coba lagi; jika terjadi lagi, beri tahu dukungan aplikasi.
button-close = Tutup
