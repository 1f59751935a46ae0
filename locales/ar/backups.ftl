# النسخ الاحتياطية: نافذتها في الشريط العلوي، وتنبيه قاعدة البيانات التالفة، وأنواع النسخ
# (مشتركة مع سطر الأوامر).

backup-kind-daily = يومية
backup-kind-before-upgrade = قبل تحديث
backup-kind-before-restore = قبل استرجاع
backup-kind-manual = يدوية

backups-open = النسخ الاحتياطية
backups-heading = النسخ الاحتياطية لقاعدة البيانات
backups-intro = ينسخ دراغومان قاعدة بياناته احتياطيا قبل كل تحديث ومرة كل يوم تعمل فيه، ويحتفظ بنسخ أسبوع.
backups-folder = المجلد: { $folder }
backups-none = لا نسخ احتياطية بعد.
backups-count = { PLURAL($count) ->
    [zero] لا نسخ
    [one] نسخة واحدة
    [two] نسختان
    [few] { $count } نسخ
    [many] { $count } نسخة
   *[other] { $count } نسخة
}
backups-size = { $mb } ميغابايت
backups-create = انسخ الآن
backups-created = تم النسخ الاحتياطي.
backups-restore = استرجع
backups-restore-title = استبدل قاعدة البيانات بهذه النسخة
backups-confirm-body = أتسترجع نسخة { $when }؟ يستبدل كل ما عمل بعدها، لكن قاعدة البيانات كما هي الآن تحفظ نسخة احتياطية أولا فيمكنك العودة إليها.
backups-confirm-yes = استرجع هذه النسخة
backups-confirm-no = إلغاء
backups-restored = استرجعت نسخة { $when }. حفظت قاعدة البيانات كما كانت نسخة احتياطية.
backups-close = إغلاق

damaged-banner = قاعدة البيانات هذه تالفة. فتحها دراغومان للقراءة فقط: يمكنك قراءة المقالات وتصديرها لا تغييرها. استرجع نسخة احتياطية لتتابع العمل.
damaged-banner-action = النسخ الاحتياطية…
