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
    } จะถูกส่งให้ { $operator } พร้อมชื่อผู้ส่ง เวลา ข้อความ รูปภาพ วิดีโอ และไฟล์
preview-heading = ข้อความที่จะถูกส่ง
preview-chosen = ข้อความที่คุณกำลังรายงาน
preview-not-sent-notice = ไม่ถูกส่ง: การแจ้งเตือนจากแอป
preview-not-sent-unsent = ไม่ถูกส่ง: ข้อความนี้ถูกยกเลิกการส่งแล้ว
message-time = { $day }/{ $month }/{ $year } { $hour }:{ $minute }
media-image = รูปภาพ ({ $size })
media-video = วิดีโอ { $duration } ({ $size })
media-file = ไฟล์: { $name } ({ $size })
media-sticker = สติกเกอร์: { $name }
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
