# ภาษาไทย
# NEEDS REVIEW by a native speaker of Thai before release. Remove this line
# once a native speaker has reviewed the file. Dates use the Gregorian year;
# the reviewer should confirm whether the Buddhist era is expected here.

## Chat page hosting the report flow (demo)

chat-heading = แชท
chat-settings = การตั้งค่าการแสดงผล
chat-language = ภาษา
chat-platform = แพลตฟอร์ม
chat-conversation = ห้องแชท
platform-ios = iOS
platform-android = Android
platform-desktop = เดสก์ท็อป
chat-report-button = รายงาน
chat-report-button-label = รายงานข้อความจาก { $sender } ที่ส่งเมื่อ { $time }
chat-message-unsent = ข้อความนี้ถูกยกเลิกการส่งแล้ว
chat-server-heading = สิ่งที่เซิร์ฟเวอร์สาธิตได้รับ
chat-server-empty = เซิร์ฟเวอร์ยังไม่ได้รับรายงานใดๆ
chat-server-verified = ยืนยันแล้ว: ผู้ใช้เห็นคำชี้แจงที่ได้รับอนุมัติตรงทุกประการ
chat-server-unverified = ไม่ได้รับการยืนยัน: ไม่สามารถจับคู่สิ่งที่ผู้ใช้เห็นกับคำชี้แจงที่ได้รับอนุมัติได้
chat-page-chat = แชท
chat-page-account = โปรไฟล์
chat-page-feed = ฟีด
account-report-button = รายงานบัญชี
account-report-button-label = รายงานบัญชีของ { $name }
post-report-button-label = รายงานโพสต์ของ { $sender } ที่โพสต์เมื่อ { $time }
account-no-status = ไม่มีข้อความสถานะ

## Step 1: the reason

report-title = รายงานข้อความ
reason-intro = ทำไมคุณจึงรายงานข้อความนี้
reason-spam = สแปมหรือโฆษณาที่ไม่ต้องการ
reason-harassment = การคุกคามหรือการกลั่นแกล้ง
reason-hate = ถ้อยคำแสดงความเกลียดชังหรือการเลือกปฏิบัติ
reason-violence = ความรุนแรงหรือการข่มขู่
reason-sexual = เนื้อหาทางเพศ
reason-scam = การหลอกลวงหรือการฉ้อโกง
reason-other = อื่นๆ
comment-label = รายละเอียดเพิ่มเติม (ไม่บังคับ)
comment-hint = ข้อความที่คุณเขียนที่นี่จะถูกส่งไปพร้อมกับรายงาน
button-next = ถัดไป
button-cancel = ยกเลิก
button-back = ย้อนกลับ

## Step 2: what is sent, why, to whom, where, for how long

disclosure-title = ก่อนส่งรายงานนี้
disclosure-headline =
    หากคุณส่งรายงานนี้ { $total ->
        [1] ข้อความที่คุณเลือก 1 ข้อความ (ไม่มีข้อความอื่นก่อนหรือหลังในแชทนี้)
       *[other] ข้อความ { $total } ข้อความจากแชทนี้ ได้แก่ ข้อความที่คุณเลือก { $before ->
            [0] (ไม่มีข้อความก่อนหน้า)
           *[other] ข้อความก่อนหน้า { $before } ข้อความ
        } { $after ->
            [0] (ไม่มีข้อความถัดไป)
           *[other] และข้อความถัดไป { $after } ข้อความ
        }
    } จะถูกส่งให้ { $operator }
disclosure-summary = ทีมความไว้วางใจและความปลอดภัยของ { $operator } และบริษัทตรวจสอบเนื้อหาที่ทำงานให้ { $operator } จะอ่านข้อความเหล่านี้ เพื่อตรวจสอบว่าละเมิดข้อกำหนดการใช้งานหรือไม่ และเพื่อดำเนินการกับผู้ส่ง แต่ละข้อความจะถูกส่งพร้อมชื่อผู้ส่ง เวลา และตัวข้อความ รวมถึงลิงก์ไปยังรูปภาพ วิดีโอ หรือสติกเกอร์ในข้อความนั้น (หากมี)
preview-heading = ข้อความที่จะถูกส่ง
preview-chosen = ข้อความที่คุณกำลังรายงาน
preview-not-sent-notice = ไม่ถูกส่ง: การแจ้งเตือนจากแอป
preview-not-sent-unsent = ไม่ถูกส่ง: ข้อความที่ผู้ส่งยกเลิกการส่งแล้ว
message-time = { $day }/{ $month }/{ $year } { $hour }:{ $minute }
media-image = รูปภาพ ({ $size }): ระบบจะส่งลิงก์ที่ทีมตรวจสอบเปิดดูได้
media-video = วิดีโอ { $duration } ({ $size }): ระบบจะส่งลิงก์ที่ทีมตรวจสอบเปิดดูได้
media-file = ไฟล์: { $name } ({ $size }) ระบบจะส่งเฉพาะชื่อและขนาดของไฟล์ ไม่ได้ส่งตัวไฟล์
media-sticker = สติกเกอร์: { $name } ระบบจะส่งลิงก์ที่ทีมตรวจสอบเปิดดูได้
size-kb = { $kb } KB
size-mb = { $mb } MB
why-heading = วัตถุประสงค์ในการส่ง
purpose-review = เพื่อตรวจสอบว่าข้อความที่ถูกรายงานละเมิดข้อกำหนดการใช้งานหรือไม่ โดยพิจารณาร่วมกับข้อความก่อนและหลัง
purpose-enforce = เพื่อดำเนินการกับบัญชีที่ส่งข้อความนั้น เช่น การตักเตือนหรือการระงับการใช้งาน
purpose-protect = เพื่อปกป้องคุณและผู้ใช้อื่นจากความเสียหายในลักษณะเดียวกัน
who-heading = ผู้รับข้อมูล
recipient-trust-safety = ทีมความไว้วางใจและความปลอดภัยของ { $operator }
recipient-moderation-contractor = บริษัทตรวจสอบเนื้อหาที่ทำงานให้ { $operator } ภายใต้สัญญาจ้าง
where-heading = ประเทศที่ประมวลผลข้อมูล
country-JP = ญี่ปุ่น
country-KR = เกาหลีใต้
country-PH = ฟิลิปปินส์
retention-heading = ระยะเวลาการเก็บรักษา
retention = { $days } วันหลังจากการตรวจสอบรายงานของคุณเสร็จสิ้น จากนั้นข้อมูลจะถูกลบ
details-heading = สิ่งที่ถูกส่งไปพร้อมกับรายงานด้วย
detail-reason = เหตุผลที่คุณเลือก และรายละเอียดที่คุณเขียน (หากมี)
detail-ids = ID ของแชทนี้ ของแต่ละข้อความข้างต้น และของบัญชีผู้ส่งแต่ละคน
detail-not-sent-marks = สำหรับข้อความข้างต้นที่มีป้าย "ไม่ถูกส่ง" ระบบจะส่งเพียงข้อเท็จจริงว่ามีข้อความอยู่ตรงนั้น โดยไม่ส่งเนื้อหา ผู้ส่ง หรือเวลาของข้อความนั้น
detail-settings = ภาษาของคุณ ({ $locale }) แพลตฟอร์มของคุณ ({ $platform ->
        [ios] iOS
        [android] Android
       *[desktop] เดสก์ท็อป
    }) และเขตเวลาของคุณ ({ $utc_offset }) ซึ่งใช้แสดงเวลาข้างต้น
detail-version = เวอร์ชันของหน้าจอรายงานนี้ ({ $client })
detail-versions-with-app = เวอร์ชันของหน้าจอรายงานนี้ ({ $client }) และของแอป ({ $host })
detail-consent = เวลาที่คุณให้ความยินยอม และรหัสสองรหัส รหัสหนึ่งระบุคำชี้แจงนี้ตามที่ได้รับอนุมัติ อีกรหัสหนึ่งสร้างจากข้อความของคำชี้แจงนี้ตรงตามที่แสดงให้คุณเห็นทุกประการ
detail-report-id = หมายเลขรายงานแบบสุ่ม เพื่อให้รายงานที่ถูกส่งสองครั้งได้รับการบันทึกเพียงครั้งเดียว
not-sent-heading = สิ่งที่ไม่ถูกส่ง
not-sent-other-messages = ข้อความอื่นๆ ในแชทนี้หรือในแชทอื่นของคุณ
not-sent-contacts = รายชื่อผู้ติดต่อและรายชื่อเพื่อนของคุณ
not-sent-location = ตำแหน่งของคุณ
consent-note = เมื่อ{ $platform ->
        [ios] แตะ
        [android] แตะ
       *[desktop] คลิก
    } "ยอมรับและส่ง" แสดงว่าคุณยินยอมให้ส่งข้อความ { $total } ข้อความนี้ให้ { $operator } ตามวัตถุประสงค์ข้างต้น
button-agree = ยอมรับและส่ง

## Step 1 and 2 when reporting an account (its profile) or a post (in the feed)
## instead of a message. Each kind has its own exact notice.

report-title-account = รายงานบัญชี
report-title-post = รายงานโพสต์
reason-intro-account = ทำไมคุณจึงรายงานบัญชีนี้
reason-intro-post = ทำไมคุณจึงรายงานโพสต์นี้
disclosure-headline-account = { $received ->
        [0] หากคุณส่งรายงานนี้ ข้อมูลเกี่ยวกับบัญชีนี้จะถูกส่งให้ { $operator } โดยไม่มีข้อความใดถูกส่งไปด้วย เนื่องจากคุณไม่ได้รับข้อความใดจากบัญชีนี้
        [1] หากคุณส่งรายงานนี้ ข้อมูลเกี่ยวกับบัญชีนี้และข้อความล่าสุด 1 ข้อความที่คุณได้รับจากบัญชีนี้จะถูกส่งให้ { $operator }
       *[other] หากคุณส่งรายงานนี้ ข้อมูลเกี่ยวกับบัญชีนี้และข้อความล่าสุด { $received } ข้อความที่คุณได้รับจากบัญชีนี้จะถูกส่งให้ { $operator }
    }
disclosure-summary-account = ทีมความไว้วางใจและความปลอดภัยของ { $operator } และบริษัทตรวจสอบเนื้อหาที่ทำงานให้ { $operator } จะอ่านข้อมูลเหล่านี้ เพื่อตรวจสอบว่าบัญชีนี้ละเมิดข้อกำหนดการใช้งานหรือไม่ และเพื่อดำเนินการกับบัญชีนี้ แต่ละข้อความจะถูกส่งพร้อมเวลาและตัวข้อความ รวมถึงลิงก์ไปยังรูปภาพ วิดีโอ หรือสติกเกอร์ในข้อความนั้น (หากมี)
disclosure-headline-post = { $media ->
        [0] หากคุณส่งรายงานนี้ โพสต์นี้และข้อมูลเกี่ยวกับผู้โพสต์จะถูกส่งให้ { $operator }
        [1] หากคุณส่งรายงานนี้ โพสต์นี้พร้อมรูปภาพหรือวิดีโอ 1 รายการในโพสต์ และข้อมูลเกี่ยวกับผู้โพสต์จะถูกส่งให้ { $operator }
       *[other] หากคุณส่งรายงานนี้ โพสต์นี้พร้อมรูปภาพและวิดีโอ { $media } รายการในโพสต์ และข้อมูลเกี่ยวกับผู้โพสต์จะถูกส่งให้ { $operator }
    }
disclosure-summary-post = ทีมความไว้วางใจและความปลอดภัยของ { $operator } และบริษัทตรวจสอบเนื้อหาที่ทำงานให้ { $operator } จะอ่านข้อมูลเหล่านี้ เพื่อตรวจสอบว่าโพสต์นี้ละเมิดข้อกำหนดการใช้งานหรือไม่ และเพื่อดำเนินการกับผู้โพสต์ โพสต์จะถูกส่งพร้อมเวลาและตัวข้อความ รวมถึงลิงก์ไปยังรูปภาพหรือวิดีโอแต่ละรายการในโพสต์
profile-heading-account = ข้อมูลบัญชีที่จะถูกส่ง
profile-heading-author = ข้อมูลผู้โพสต์ที่จะถูกส่ง
profile-name = ชื่อ
profile-status = ข้อความสถานะ
profile-photo = รูปโปรไฟล์: ระบบจะส่งลิงก์ที่ทีมตรวจสอบเปิดดูได้
received-heading = ข้อความจากบัญชีนี้ที่จะถูกส่ง
received-none = คุณไม่ได้รับข้อความใดจากบัญชีนี้ จึงไม่มีข้อความใดถูกส่ง
post-heading = โพสต์ที่จะถูกส่ง
purpose-review-account = เพื่อตรวจสอบว่าบัญชีที่ถูกรายงานละเมิดข้อกำหนดการใช้งานหรือไม่ โดยพิจารณาจากโปรไฟล์ของบัญชีนั้นและข้อความที่บัญชีนั้นส่งถึงคุณ
purpose-enforce-account = เพื่อดำเนินการกับบัญชีนั้น เช่น การตักเตือนหรือการระงับการใช้งาน
purpose-protect-account = เพื่อปกป้องคุณและผู้ใช้อื่นจากความเสียหายในลักษณะเดียวกัน
purpose-review-post = เพื่อตรวจสอบว่าโพสต์ที่ถูกรายงานละเมิดข้อกำหนดการใช้งานหรือไม่
purpose-enforce-post = เพื่อดำเนินการกับโพสต์และผู้โพสต์ เช่น การลบโพสต์หรือการระงับบัญชี
purpose-protect-post = เพื่อปกป้องคุณและผู้ใช้อื่นจากความเสียหายในลักษณะเดียวกัน
detail-ids-account = ID ของบัญชีนี้ และของแต่ละข้อความข้างต้น
detail-ids-post = ID ของโพสต์นี้ และของบัญชีผู้โพสต์
not-sent-own-messages = ข้อความที่คุณส่งถึงบัญชีนี้
not-sent-older-messages = ข้อความจากบัญชีนี้ที่เก่ากว่า { $limit } ข้อความล่าสุด
not-sent-comments = ความคิดเห็นและการแสดงความรู้สึกในโพสต์นี้
not-sent-other-posts = โพสต์อื่นๆ ของผู้โพสต์
consent-note-account = เมื่อ{ $platform ->
        [ios] แตะ
        [android] แตะ
       *[desktop] คลิก
    } "ยอมรับและส่ง" แสดงว่าคุณยินยอมให้ส่ง{ $received ->
        [0] ข้อมูลเกี่ยวกับบัญชีนี้
        [1] ข้อมูลเกี่ยวกับบัญชีนี้และข้อความนี้
       *[other] ข้อมูลเกี่ยวกับบัญชีนี้และข้อความ { $received } ข้อความนี้
    }ให้ { $operator } ตามวัตถุประสงค์ข้างต้น
consent-note-post = เมื่อ{ $platform ->
        [ios] แตะ
        [android] แตะ
       *[desktop] คลิก
    } "ยอมรับและส่ง" แสดงว่าคุณยินยอมให้ส่งโพสต์นี้และข้อมูลเกี่ยวกับผู้โพสต์ให้ { $operator } ตามวัตถุประสงค์ข้างต้น
receipt-summary-account = { $received ->
        [0] ส่งข้อมูลเกี่ยวกับบัญชีนี้ให้ { $operator } แล้ว
        [1] ส่งข้อมูลเกี่ยวกับบัญชีนี้และข้อความจากบัญชีนี้ 1 ข้อความให้ { $operator } แล้ว
       *[other] ส่งข้อมูลเกี่ยวกับบัญชีนี้และข้อความจากบัญชีนี้ { $received } ข้อความให้ { $operator } แล้ว
    }
receipt-summary-post = ส่งโพสต์และข้อมูลเกี่ยวกับผู้โพสต์ให้ { $operator } แล้ว

## Step 3: sending

send-in-progress = กำลังส่งรายงาน…
send-failed = ส่งรายงานไม่สำเร็จ ข้อมูลที่คุณกรอกยังอยู่ครบ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
button-retry = ลองอีกครั้ง

## Step 4: receipt

receipt-title = ส่งรายงานแล้ว
receipt-reference = หมายเลขอ้างอิงรายงาน: { $reference }
receipt-summary = ส่งข้อความ { $total } ข้อความให้ { $operator } แล้ว ได้แก่ ข้อความที่คุณรายงาน ข้อความก่อนหน้า { $before } ข้อความ และข้อความถัดไป { $after } ข้อความ
receipt-reason = เหตุผล: { $reason }
flow-unavailable = ขณะนี้ไม่สามารถส่งรายงานนี้ได้ เนื่องจากไม่สามารถแสดงคำชี้แจงได้ครบถ้วน ยังไม่มีข้อมูลใดถูกส่ง
button-close = ปิด
