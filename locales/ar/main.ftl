# نصوص واجهة دراغومان: العربية.

app-name = دراغومان
app-tagline = مكتب ترجمة الأخبار بين العربية والإنجليزية

## الترويسة

language-label = لغة الواجهة
language-en = English
language-ar = العربية
banner-dismiss = إغلاق
startup-error-details = التفاصيل

## قائمة المقالات

article-list-heading = المقالات
article-list-count = { PLURAL($count) ->
    [zero] لا مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $count } مقالات
    [many] { $count } مقالةً
   *[other] { $count } مقالة
}
article-list-empty = لا مقالات بعد. الصق مقالة عربية لتبدأ.
article-list-new = مقالة جديدة
article-list-open = فتح
article-list-delete = حذف
article-created = أُنشئت في { $date }
article-segments = { PLURAL($count) ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $count } مقاطع
    [many] { $count } مقطعًا
   *[other] { $count } مقطع
}
article-progress = تُرجم { $translated } من { $total }
article-progress-label = تقدّم الترجمة

## التشغيل الأول

sample-offer-heading = ابدأ بمقالة حقيقية
sample-offer-body = يأتي دراغومان مع مقالة إخبارية عربية: الكرملين عن المحادثات بين بوتين وبايدن. افتحها لترى مكتب الترجمة وهو يعمل.
sample-offer-open = افتح المقالة النموذجية

## مقالة جديدة

new-article-heading = مقالة جديدة
new-article-title-label = العنوان
new-article-title-placeholder = اتركه فارغًا ليُؤخذ السطر الأول
new-article-text-label = النص العربي
new-article-text-hint = يصبح السطر الأول عنوانًا رئيسيًا، وتفصل الأسطر الفارغة بين الفقرات.
new-article-create = أنشئ المقالة
new-article-cancel = إلغاء

## الحذف

delete-confirm-heading = أتحذف هذه المقالة؟
delete-confirm-body = ستُحذف «{ $title }» وترجمتها، ولا يمكن التراجع عن ذلك.
delete-confirm-yes = احذف
delete-confirm-no = أبقِها

## المحرر

editor-back = كل المقالات
editor-source-heading = النص العربي
editor-target-heading = الترجمة الإنجليزية
editor-target-placeholder = اكتب الإنجليزية…
editor-saving = جارٍ الحفظ…
editor-saved = حُفظت كل التغييرات
editor-save-failed = لم يُحفظ: { $reason }
segment-kind-headline = عنوان رئيسي
segment-kind-subhead = عنوان فرعي
segment-kind-paragraph = فقرة
segment-kind-sentence = جملة
segment-number = المقطع { $number }

## الأخطاء

error-db-newer = كُتبت قاعدة البيانات هذه بإصدار أحدث من دراغومان. حدّث دراغومان لفتحها؛ لم يتغير الملف.
error-db-not-database = هذا الملف ليس قاعدة بيانات لدراغومان. لم يتغير الملف.
error-db-unwritable = لا يستطيع دراغومان إنشاء قاعدة بياناته أو الكتابة فيها هنا. تحقق من وجود المجلد ومن أن لك حق الكتابة فيه.
error-not-found = لم يعد هذا العنصر موجودًا، فلعله حُذف.
error-empty-text = لا يوجد نص للترجمة. الصق المقالة أولًا.
error-not-text = هذا الملف ليس نصًا: فيه بيانات ثنائية.
error-bad-encoding = هذا الملف ليس نصًا بترميز UTF-8.
error-too-large = النص أكبر من المسموح (الحد 20 ميغابايت).
error-invalid-input = بعض المدخلات غير صالحة.
error-io = تعذرت قراءة الملف.
error-storage = أبلغت قاعدة البيانات عن خطأ. عملك السابق محفوظ.
error-internal = حدث خطأ داخل دراغومان.
startup-error-heading = لا يستطيع دراغومان فتح قاعدة بياناته
startup-error-path = ملف قاعدة البيانات: { $path }
startup-error-hint = اضبط DRAGOMAN_DB على ملف آخر، أو أصلح المشكلة أعلاه، ثم شغّل دراغومان من جديد.
