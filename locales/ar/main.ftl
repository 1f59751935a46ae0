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
    [many] { $count } مقالة
   *[other] { $count } مقالة
}
article-list-empty = لا مقالات بعد. استورد مقالة عربية لتبدأ.
article-list-new = استيراد مقالة
article-list-open = فتح
article-list-delete = حذف
article-created = أنشئت في { $date }
article-segments = { PLURAL($count) ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $count } مقاطع
    [many] { $count } مقطعا
   *[other] { $count } مقطع
}
article-progress = مؤكد: { $confirmed } · مسودة: { $drafts } · بلا ترجمة: { $untranslated }
article-progress-label = تقدم الترجمة

## التشغيل الأول

sample-offer-heading = ابدأ بمقالة حقيقية
sample-offer-body = يأتي دراغومان مع مقالة إخبارية عربية: الكرملين عن المحادثات بين بوتين وبايدن. افتحها لترى مكتب الترجمة وهو يعمل.
sample-offer-open = افتح المقالة النموذجية

## الاستيراد

new-article-title-label = العنوان
new-article-title-placeholder = اتركه فارغا ليؤخذ العنوان الرئيسي
new-article-cancel = إلغاء
import-heading = استيراد مقالة
import-text-label = الصق المقالة: نصا عربيا أو صفحة ويب منسوخة
import-text-placeholder = الصق هنا…
import-open-file = افتح ملفا…
import-drop-hint = أو أفلت على النافذة ملفا من نوع ⁦txt⁩ أو ⁦html⁩ أو ⁦docx⁩ أو ⁦md⁩ أو ⁦xlf⁩ (XLIFF)
import-working-reading = قراءة الملف…
import-working-parsing = قراءة صفحة الويب…
import-working-structure = تحديد الفقرات والجمل…
import-stop = أوقف
import-stopped = توقف. اختر ملفا آخر أو الصق المقالة.
import-file-filter = مقالات
import-file-chosen = الملف: { $name }
import-file-clear = الصق نصا بدلا منه
import-format-text = نص عادي
import-format-html = صفحة ويب (HTML)
import-format-docx = مستند Word
import-format-markdown = Markdown
import-encoding-used = الترميز { $encoding }
import-encoding-label = الترميز
import-encoding-auto = المكتشف: { $encoding }
import-count-headline = { PLURAL($count) ->
    [zero] لا عناوين رئيسية
    [one] عنوان رئيسي واحد
    [two] عنوانان رئيسيان
    [few] { $count } عناوين رئيسية
    [many] { $count } عنوانا رئيسيا
   *[other] { $count } عنوان رئيسي
}
import-count-subhead = { PLURAL($count) ->
    [zero] لا عناوين فرعية
    [one] عنوان فرعي واحد
    [two] عنوانان فرعيان
    [few] { $count } عناوين فرعية
    [many] { $count } عنوانا فرعيا
   *[other] { $count } عنوان فرعي
}
import-count-paragraph = { PLURAL($count) ->
    [zero] لا فقرات
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
    [many] { $count } فقرة
   *[other] { $count } فقرة
}
import-count-sentence = { PLURAL($count) ->
    [zero] لا جمل
    [one] جملة واحدة
    [two] جملتان
    [few] { $count } جمل
    [many] { $count } جملة
   *[other] { $count } جملة
}
import-count-caption = { PLURAL($count) ->
    [zero] لا تعليقات على الصور
    [one] تعليق واحد على صورة
    [two] تعليقان على الصور
    [few] { $count } تعليقات على الصور
    [many] { $count } تعليقا على الصور
   *[other] { $count } تعليق على الصور
}
import-count-dateline = { PLURAL($count) ->
    [zero] لا أسطر للمكان والمصدر
    [one] سطر واحد للمكان والمصدر
    [two] سطران للمكان والمصدر
    [few] { $count } أسطر للمكان والمصدر
    [many] { $count } سطرا للمكان والمصدر
   *[other] { $count } سطر للمكان والمصدر
}
list-separator = {"، "}
import-mojibake-utf8-as-windows1256 = يبدو هذا النص مشوها: نص UTF-8 قرئ يوما بترميز windows-1256 (حروف مثل «ظ‚ط§ظ„»).
import-mojibake-windows1256-as-windows1252 = يبدو هذا النص مشوها: نص windows-1256 قرئ يوما بترميز windows-1252 (حروف مثل «ÞÇá»).
import-encoding-warning-replaced = { PLURAL($count) ->
    [zero] لم تتعذر قراءة أي حرف بترميز { $encoding }.
    [one] تعذرت قراءة حرف واحد بترميز { $encoding } فوضع مكانه «�».
    [two] تعذرت قراءة حرفين بترميز { $encoding } فوضع مكانهما «�».
    [few] تعذرت قراءة { $count } أحرف بترميز { $encoding } فوضع مكانها «�».
    [many] تعذرت قراءة { $count } حرفا بترميز { $encoding } فوضع مكانها «�».
   *[other] تعذرت قراءة { $count } حرف بترميز { $encoding } فوضع مكانها «�».
} راجع النص أو اختر ترميزا آخر.
import-encoding-warning-declared-wrong = تقول الصفحة إن ترميزها { $other }، لكن نصها بترميز { $encoding }، فقرئت بترميز { $encoding }.
import-encoding-warning-mixed = { PLURAL($count) ->
    [zero] لا سطر في هذا الملف بترميز { $other }
    [one] سطر واحد من هذا الملف بترميز { $other }
    [two] سطران من هذا الملف بترميز { $other }
    [few] { $count } أسطر من هذا الملف بترميز { $other }
    [many] { $count } سطرا من هذا الملف بترميز { $other }
   *[other] { $count } سطر من هذا الملف بترميز { $other }
} والباقي بترميز { $encoding }، فقرئ كل سطر بترميزه. راجع النص.
import-encoding-warning-implausible = لا يبدو هذا النص عربيا ولا إنجليزيا ({ PLURAL($count) ->
    [zero] لا كلمة مشوهة فيه
    [one] فيه كلمة واحدة مشوهة
    [two] فيه كلمتان مشوهتان
    [few] فيه { $count } كلمات مشوهة
    [many] فيه { $count } كلمة مشوهة
   *[other] فيه { $count } كلمة مشوهة
}): الأرجح أن { $encoding } ليس ترميزه. اختر ترميزا آخر.
import-repair = أصلح النص
import-more = { PLURAL($count) ->
    [zero] …
    [one] …ومقطع آخر
    [two] …ومقطعان آخران
    [few] …و{ $count } مقاطع أخرى
    [many] …و{ $count } مقطعا آخر
   *[other] …و{ $count } مقطع آخر
}
import-commit = استورد
import-furniture-proposed = { PLURAL($count) ->
    [zero] لا أسطر من حواشي الموقع.
    [one] يبدو أن سطرا واحدا من حواشي الموقع (ترويسة أو وسم أو اسم الموقع): نقترح أن يكون «ليس للترجمة».
    [two] يبدو أن سطرين من حواشي الموقع (ترويسة أو وسوم أو اسم الموقع): نقترح أن يكونا «ليس للترجمة».
    [few] يبدو أن { $count } أسطر من حواشي الموقع (ترويسة أو وسوم أو اسم الموقع): نقترح أن تكون «ليس للترجمة».
    [many] يبدو أن { $count } سطرا من حواشي الموقع (ترويسة أو وسوم أو اسم الموقع): نقترح أن تكون «ليس للترجمة».
   *[other] يبدو أن { $count } سطر من حواشي الموقع (ترويسة أو وسوم أو اسم الموقع): نقترح أن تكون «ليس للترجمة».
}
import-furniture-accepted = { PLURAL($count) ->
    [zero] لا أسطر «ليس للترجمة».
    [one] عند الاستيراد: سطر واحد «ليس للترجمة».
    [two] عند الاستيراد: سطران «ليس للترجمة».
    [few] عند الاستيراد: { $count } أسطر «ليس للترجمة».
    [many] عند الاستيراد: { $count } سطرا «ليس للترجمة».
   *[other] عند الاستيراد: { $count } سطر «ليس للترجمة».
}
import-furniture-accept-all = { PLURAL($count) ->
    [one] اقبل الاقتراح
    [two] اقبل الاقتراحين
   *[other] اقبل الاقتراحات كلها
}
import-furniture-undo-all = تراجع
import-furniture-line-proposed = مقترح: ليس للترجمة
import-furniture-line-excluded = ليس للترجمة
import-furniture-accept = اقبل
import-furniture-undo = تراجع
import-existing = هذه المقالة موجودة في دراغومان من قبل: «{ $title }»، منذ { $date }.
import-open-existing = افتح المقالة الموجودة
import-anyway = استورد مع ذلك
drop-overlay = أفلت الملف لاستيراده

## الحذف

delete-confirm-heading = أتحذف هذه المقالة؟
delete-confirm-body = ستحذف «{ $title }» وترجمتها، ولا يمكن التراجع عن ذلك.
delete-confirm-yes = احذف
delete-confirm-no = أبقِها

## المحرر

editor-back = كل المقالات
editor-source-heading = النص العربي
editor-target-heading = الترجمة الإنجليزية
editor-target-placeholder = اكتب الإنجليزية…
editor-saving = جارٍ الحفظ…
editor-saved = حفظت كل التغييرات
editor-conflict-open = تغيير من نافذة أخرى ينتظر اختيارك
editor-save-failed = لم يحفظ: { $reason }
segment-kind-headline = عنوان رئيسي
segment-kind-subhead = عنوان فرعي
segment-kind-paragraph = فقرة
segment-kind-sentence = جملة
segment-kind-caption = تعليق على صورة
segment-kind-dateline = سطر المكان والمصدر
segment-exclude = ليس للترجمة
segment-include = ترجِم
segment-split = اقسم
segment-split-title = اقسم هذا المقطع حيث نقرت في النص العربي
segment-merge = ادمج مع التالي
segment-excluded-note = ليس للترجمة
segment-number = المقطع { $number }

## الأخطاء

error-db-newer = كتبت قاعدة البيانات هذه بإصدار أحدث من دراغومان. حدّث دراغومان لفتحها؛ لم يتغير الملف.
error-db-not-database = هذا الملف ليس قاعدة بيانات لدراغومان. لم يتغير الملف.
error-db-path-refused = مسار قاعدة البيانات هذا لا يشير إلى ملف («:memory:» أو عنوان «file:»)، فلن يحفظ شيء. اذكر مسار ملف.
error-db-damaged = قاعدة البيانات هذه تالفة: وجد فحص SQLite صفحات معطوبة. فتحها دراغومان للقراءة فقط لتصدر ما زال مقروءا منها. لتتابع العمل، استرجع نسخة احتياطية (النسخ الاحتياطية، فوق قائمة المقالات).
error-db-read-only = قاعدة البيانات مفتوحة للقراءة فقط لأنها تالفة: لا يمكن تغيير شيء. صدر ما تحتاجه، ثم استرجع نسخة احتياطية.
error-not-a-file = هذا ليس ملفا يستطيع دراغومان قراءته: جهاز أو أنبوب أو مجلد. اختر ملفا؛ لم يستورد شيء.
error-db-unwritable = لا يستطيع دراغومان إنشاء قاعدة بياناته أو الكتابة فيها هنا. تحقق من وجود المجلد ومن أن لك حق الكتابة فيه.
error-not-found = لم يعد هذا العنصر موجودا، فلعله حذف.
error-empty-text = لا يوجد نص للترجمة. الصق المقالة أولا.
error-not-text = هذا الملف ليس نصا: فيه بيانات ثنائية.
error-bad-encoding = لا يمكن قراءة النص بهذا الترميز. اختر ترميزا آخر.
error-too-large = النص أكبر من المسموح (الحد 20 ميغابايت).
error-article-too-large = هذا المقال أطول مما يحتمله دراغومان: أكثر من 20000 مقطع أو 4000000 حرف. قسمه إلى عدة ملفات واستوردها واحدا بعد الآخر؛ لم يستورد شيء.
error-unknown-encoding = لا يعرف دراغومان هذا الترميز.
error-unsupported-format = لا يمكن استيراد هذا النوع من الملفات. استخدم نصا عاديا أو HTML أو Word ‏(.docx) أو Markdown.
error-docx-encrypted = مستند Word هذا محمي بكلمة مرور. احفظ نسخة منه بلا كلمة مرور واستوردها.
error-docx-corrupt = مستند Word هذا تالف أو ناقص.
error-docx-too-large = يتجاوز حجم مستند Word هذا بعد فك ضغطه الحد المسموح (64 ميغابايت للجزء الواحد)، فلم يفتح.
error-invalid-input = بعض المدخلات غير صالحة.
error-conflict = غُيّر هذا المقطع في نافذة أخرى. تظهر النسختان: اختر إحداهما.
error-nothing-to-confirm = لا توجد ترجمة لتأكيدها بعد.
error-write-failed = تعذرت كتابة الملف. تحقق من المجلد ومن أن لك حق الكتابة فيه.
error-io = تعذرت قراءة الملف.
error-storage = أبلغت قاعدة البيانات عن خطأ. عملك السابق محفوظ.
error-cancelled = توقف كما طلبت؛ لم يستورد شيء.
error-glossary-columns = لا يحتوي هذا الملف على عمودي «arabic» و«english». يجب أن يسمي الصف الأول الأعمدة؛ لم يستورد شيء.
error-csv-unterminated-quote = علامة اقتباس تفتح خانة في السطر { $line } ولا تغلقها، فيقرأ باقي الملف اسما واحدا. لم يستورد شيء؛ أغلق الاقتباس في ذلك السطر.
error-csv-duplicate-column = يسمي الصف الأول العمود «{ $name }» مرتين (المرة الثانية في العمود { $column }). لم يستورد شيء؛ أعط كل عمود اسما واحدا.
error-xml-dtd = يعلن هذا الملف عن DTD أو كيانات. يرفض دراغومان هذه الملفات حفاظا على الأمان؛ لم يستورد شيء.
error-xml-malformed = ملف XML هذا تالف أو غير سليم البنية؛ لم يستورد شيء.
error-not-tbx = ملف XML هذا ليس مسرد TBX؛ لم يستورد شيء.
error-not-tmx = هذا الملف ليس ذاكرة ترجمة بصيغة TMX؛ لم يستورد شيء.
error-tmx-too-large = ملف ذاكرة الترجمة أكبر من الحد المسموح (512 ميغابايت)؛ لم يستورد شيء.
error-not-xliff = هذا الملف ليس بصيغة XLIFF؛ لم يستورد شيء.
error-xliff-version = هذا الملف بإصدار XLIFF «{ $version }» الذي لا يقرؤه دراغومان (يقرأ الإصدارات 1.2 و2.0 و2.1 و2.2)؛ لم يستورد شيء.
error-xliff-no-source = الوحدة «{ $unit }» في ملف XLIFF هذا بلا نص مصدر؛ لم يستورد شيء.
error-xliff-duplicate-id = وحدتان في ملف XLIFF هذا لهما المعرف نفسه «{ $unit }»؛ لم يستورد شيء.
error-xliff-source-language = ملف XLIFF هذا يترجم من «{ $lang }». دراغومان يترجم من العربية فلا يمكنه فتحه؛ لم يستورد شيء.
error-xliff-article-gone = صدر ملف XLIFF هذا من المقال رقم { $article } وقد حذف؛ لم يتغير شيء.
error-xliff-other-article = صدر ملف XLIFF هذا من مقال آخر (رقم { $fileArticle }) لا من هذا المقال؛ لم يتغير شيء.
error-xliff-not-exported = لم يصدر ملف XLIFF هذا من مقال في دراغومان، فلا يمكن أن يحدث مقالا. افتحه مقالا جديدا؛ لم يتغير شيء.
error-xliff-codes = وسوم المقطع { $position } غير متداخلة تداخلا صحيحا (وسم إغلاق قبل وسم فتحه، أو وسم ناقص)، فلا يمكن كتابة الملف. صحح الوسوم في ذلك المقطع ثم أعد المحاولة.
error-xliff-fixed-segments = فتح هذا المقال من ملف XLIFF: مقاطعه هي وحدات الملف ولا يمكن تقسيمها أو دمجها.
error-entry-incomplete = يحتاج الاسم إلى صيغة عربية وصيغة إنجليزية معا.
error-entry-duplicate = في المسرد اسم بهذه الصيغة العربية بالفعل.
error-spell-dictionary-missing = قاموس الإملاء الإنجليزي غير مثبت. ثبت الحزمة hunspell-en-us (الأمريكية) أو hunspell-en-gb (البريطانية)، ثم افتح المقال من جديد.
error-spell-dictionary-damaged = تتعذر قراءة قاموس الإملاء الإنجليزي. أعد تثبيت الحزمة hunspell-en-us أو hunspell-en-gb.
error-path-not-chosen = لا يقرأ دراغومان ولا يكتب إلا الملفات التي تختارها في نافذتي الفتح والحفظ أو تسحبها إلى نافذته. اختر الملف مرة أخرى؛ لم يقرأ أو يكتب شيء.
error-internal = حدث خطأ داخل دراغومان.
startup-error-heading = لا يستطيع دراغومان فتح قاعدة بياناته
startup-error-path = ملف قاعدة البيانات: { $path }
startup-error-hint = اضبط DRAGOMAN_DB على ملف آخر، أو أصلح المشكلة أعلاه، ثم شغّل دراغومان من جديد.

## المحرر: الحالات والاختصارات واللوحات

segment-status-new = لم يبدأ
segment-status-draft = مسودة (غير مؤكدة)
segment-status-translated = مترجم (مؤكد)
segment-status-reviewed = مُراجَع
segment-status-excluded = ليس للترجمة
segment-confirm = أكد
segment-review = روجع
segment-copy-source = انسخ المصدر
segment-history = السجل
segment-conflict = غُيّر في نافذة أخرى: «{ $theirs }»
segment-conflict-theirs = استخدم ذاك
segment-conflict-mine = أبقِ نصي
editor-progress-words = { $translated } من { $total } كلمة
workflow-label = سير العمل
workflow-to-translate = للترجمة
workflow-in-translation = قيد الترجمة
workflow-in-review = قيد المراجعة
workflow-done = منجزة
filter-label = اعرض
filter-all = كل المقاطع
filter-untranslated = غير المترجمة
filter-draft = المسودات
filter-review = تحتاج مراجعة
filter-empty = لا مقطع يطابق هذا الاختيار.
editor-find = بحث
editor-drafts = المسودات
editor-export = تصدير
editor-shortcuts = الاختصارات
panel-close = إغلاق

## البحث والاستبدال

find-heading = البحث والاستبدال
find-query = ابحث عن
find-in = ابحث في
find-in-source = النص العربي
find-in-target = الترجمة الإنجليزية
find-count = { PLURAL($count) ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $count } مقاطع
    [many] { $count } مقطعا
   *[other] { $count } مقطع
}
find-none = لم يعثر عليه.
find-position = { $current } من { $total }
find-next = التالي
find-previous = السابق
find-hint = البحث بالعربية يتجاهل الحركات والتطويل وصور الهمزة؛ والبحث بالإنجليزية لا يفرق بين الأحرف الكبيرة والصغيرة.
replace-with = استبدل بـ
replace-one = استبدل
replace-all = استبدل في كل الترجمات
replace-done = { PLURAL($count) ->
    [zero] لم يستبدل شيء.
    [one] استبدل موضع واحد.
    [two] استبدل موضعان.
    [few] استبدلت { $count } مواضع.
    [many] استبدل { $count } موضعا.
   *[other] استبدل { $count } موضع.
}

## الانتقال

jump-heading = انتقل إلى مقطع
jump-label = رقم المقطع (1–{ $max })
jump-go = انتقل

## السجل

history-heading = سجل المقطع { $number }
history-empty = لا نسخ سابقة بعد.
history-restore = استعد هذه النسخة
history-reason-edit = كتابة
history-reason-status = تغيير الحالة
history-reason-restore = استعادة
history-reason-replace = استبدال
history-reason-draft-restore = استعادة مسودة
history-reason-xliff-import = أخذت من ملف XLIFF
history-empty-text = (فارغ)

## المسودات

drafts-heading = المسودات
drafts-name-label = اسم المسودة الجديدة
drafts-name-placeholder = مسودة المترجم
drafts-create = احفظ مسودة
drafts-empty = لا مسودات بعد.
draft-auto-status-change = تلقائية: تغيرت الحالة إلى { $status }
draft-auto-before-restore = تلقائية: قبل استعادة «{ $name }»
draft-auto-before-xliff-import = تلقائية: قبل استيراد «{ $name }»
draft-progress = تُرجم { $translated } من { $total }
draft-restore = استعد
draft-restored = استعيدت. حفظ النص كما كان في المسودة «{ $name }».
compare-heading = مقارنة
compare-from = من
compare-to = إلى
compare-current = النص الحالي
compare-run = قارن
compare-unchanged = { PLURAL($count) ->
    [zero] لا مقاطع مخفية.
    [one] مقطع واحد لم يتغير ولم يعرض.
    [two] مقطعان لم يتغيرا ولم يعرضا.
    [few] { $count } مقاطع لم تتغير ولم تعرض.
    [many] { $count } مقطعا لم تتغير ولم تعرض.
   *[other] { $count } مقطع لم تتغير ولم تعرض.
}
compare-none = لا فروق.

## التصدير

export-heading = تصدير
export-format-txt = الإنجليزية: نص عادي (⁦.txt⁩)
export-format-md = الإنجليزية: ⁦Markdown⁩ (⁦.md⁩)
export-format-html = الإنجليزية: صفحة ويب (⁦.html⁩)
export-format-docx = الإنجليزية: ⁦Word⁩ (⁦.docx⁩)
export-format-bilingual-html = العربية والإنجليزية جنبا إلى جنب: صفحة ويب (⁦.html⁩)
export-format-bilingual-docx = العربية والإنجليزية جنبا إلى جنب: ⁦Word⁩ (⁦.docx⁩)
export-group-documents = للقراءة أو النشر
export-group-xliff = لأداة ترجمة أخرى
export-format-xliff12 = ⁦XLIFF 1.2⁩ (⁦memoQ⁩، ⁦Trados⁩، ⁦OmegaT⁩)
export-format-xliff21 = ⁦XLIFF 2.1⁩
export-xliff-filter = ⁦XLIFF⁩ (⁦.xlf⁩، ⁦.xliff⁩)
export-save = احفظ…
export-unfinished-heading = لم يكتمل بعد
export-unfinished-untranslated = { PLURAL($count) ->
    [zero] لا مقاطع بلا ترجمة.
    [one] مقطع واحد بلا ترجمة، وسيترك خارج الملف.
    [two] مقطعان بلا ترجمة، وسيتركان خارج الملف.
    [few] { $count } مقاطع بلا ترجمة، وستترك خارج الملف.
    [many] { $count } مقطعا بلا ترجمة، وستترك خارج الملف.
   *[other] { $count } مقطع بلا ترجمة، وستترك خارج الملف.
}
export-unfinished-drafts = { PLURAL($count) ->
    [zero] لا مسودات غير مؤكدة.
    [one] ترجمة واحدة مسودة غير مؤكدة، وستخرج كما هي.
    [two] ترجمتان مسودتان غير مؤكدتين، وستخرجان كما هما.
    [few] { $count } ترجمات مسودات غير مؤكدة، وستخرج كما هي.
    [many] { $count } ترجمة مسودة غير مؤكدة، وستخرج كما هي.
   *[other] { $count } ترجمة مسودة غير مؤكدة، وستخرج كما هي.
}
export-unfinished-issues = { PLURAL($count) ->
    [zero] لا ملاحظات مفتوحة من الفحوص.
    [one] مقطع واحد فيه ملاحظات مفتوحة من الفحوص.
    [two] مقطعان فيهما ملاحظات مفتوحة من الفحوص.
    [few] { $count } مقاطع فيها ملاحظات مفتوحة من الفحوص.
    [many] { $count } مقطعا فيها ملاحظات مفتوحة من الفحوص.
   *[other] { $count } مقطع فيها ملاحظات مفتوحة من الفحوص.
}
export-xliff-unfinished-untranslated = { PLURAL($count) ->
    [zero] لا مقاطع بلا ترجمة.
    [one] مقطع واحد بلا ترجمة، وسيخرج دونها لتترجمه الأداة الأخرى.
    [two] مقطعان بلا ترجمة، وسيخرجان دونها لتترجمهما الأداة الأخرى.
    [few] { $count } مقاطع بلا ترجمة، وستخرج دونها لتترجمها الأداة الأخرى.
    [many] { $count } مقطعا بلا ترجمة، وستخرج دونها لتترجمها الأداة الأخرى.
   *[other] { $count } مقطع بلا ترجمة، وستخرج دونها لتترجمها الأداة الأخرى.
}
export-xliff-unfinished-drafts = { PLURAL($count) ->
    [zero] لا مسودات غير مؤكدة.
    [one] ترجمة واحدة مسودة غير مؤكدة، وستخرج موسومة بأنها مسودة.
    [two] ترجمتان مسودتان غير مؤكدتين، وستخرجان موسومتين بأنهما مسودتان.
    [few] { $count } ترجمات مسودات غير مؤكدة، وستخرج موسومة بأنها مسودات.
    [many] { $count } ترجمة مسودة غير مؤكدة، وستخرج موسومة بأنها مسودات.
   *[other] { $count } ترجمة مسودة غير مؤكدة، وستخرج موسومة بأنها مسودات.
}
export-unfinished-go = انتقل إلى أولها
export-anyway = صدّر على أي حال…
export-done = حفظ في { $path }

## الاختصارات

shortcuts-heading = اختصارات لوحة المفاتيح
shortcut-confirm = أكد وانتقل إلى المقطع التالي غير المترجم
shortcut-review = علّمه مُراجَعًا وانتقل إلى المقطع التالي
shortcut-next = المقطع التالي
shortcut-previous = المقطع السابق
shortcut-copy-source = انسخ المصدر إلى الترجمة
shortcut-jump = انتقل إلى مقطع برقمه
shortcut-find = البحث
shortcut-replace = الاستبدال في الترجمات
shortcut-find-next = الموضع التالي
shortcut-find-previous = الموضع السابق
shortcut-help = هذه القائمة
shortcut-close = أغلق لوحة

## قائمة المقالات: التصفية

list-search = ابحث في العناوين والنصوص، بالعربية أو بالإنجليزية
list-status-all = كل الحالات

## Dialogs
dialog-cancel = إلغاء
dialog-close = إغلاق

## Glossary of names
nav-glossary = المسرد
name-kind-person = شخص
name-kind-place = مكان
name-kind-organization = مؤسسة
name-kind-other = أخرى
glossary-heading = مسرد الأسماء
glossary-back = رجوع
glossary-count = { PLURAL($count) ->
    [zero] لا أسماء
    [one] اسم واحد
    [two] اسمان
    [few] { $count } أسماء
    [many] { $count } اسما
   *[other] { $count } اسم
}
glossary-matching = { PLURAL($count) ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
glossary-more = تظهر أول { $shown } من { $total }. ضيّق البحث لترى البقية.
glossary-search = ابحث بالعربية أو الإنجليزية
glossary-kind-all = كل الأنواع
glossary-empty = المسرد فارغ. أضف الأسماء واحدا واحدا، أو استورد ملف CSV أو TBX.
glossary-actions = إجراءات
glossary-add = أضف اسما
glossary-edit = تعديل
glossary-delete = حذف
glossary-delete-heading = أتحذف هذا الاسم؟
glossary-delete-question = أتحذف «{ $arabic }» ({ $english }) من المسرد؟ تبقى ترجمات المقالات كما هي.
glossary-import = استيراد CSV أو TBX…
glossary-export-csv = تصدير CSV…
glossary-export-tbx = تصدير TBX…
glossary-file-filter = مسارد (CSV وTBX)
glossary-format-csv = CSV
glossary-format-tbx = TBX
glossary-exported = { PLURAL($count) ->
    [zero] لم يكتب أي اسم
    [one] كتب اسم واحد
    [two] كتب اسمان
    [few] كتبت { $count } أسماء
    [many] كتب { $count } اسما
   *[other] كتب { $count } اسم
} في { $path }.
glossary-report-heading = استورد المسرد
glossary-report-added = { PLURAL($count) ->
    [zero] لم يضف أي اسم
    [one] أضيف اسم واحد
    [two] أضيف اسمان
    [few] أضيفت { $count } أسماء
    [many] أضيف { $count } اسما
   *[other] أضيف { $count } اسم
}
glossary-report-updated = { PLURAL($count) ->
    [zero] لم يُحدَّث أي اسم
    [one] حُدِّث اسم واحد
    [two] حُدِّث اسمان
    [few] حُدِّثت { $count } أسماء
    [many] حُدِّث { $count } اسما
   *[other] حُدِّث { $count } اسم
}
glossary-report-unchanged = { PLURAL($count) ->
    [zero] لا أسماء موجودة سلفا
    [one] اسم واحد موجود سلفا دون تغيير
    [two] اسمان موجودان سلفا دون تغيير
    [few] { $count } أسماء موجودة سلفا دون تغيير
    [many] { $count } اسما موجودا سلفا دون تغيير
   *[other] { $count } اسم موجود سلفا دون تغيير
}
glossary-report-skipped = { PLURAL($count) ->
    [zero] لم يتخط أي صف
    [one] تخطي صف واحد:
    [two] تخطي صفان:
    [few] تخطيت { $count } صفوف:
    [many] تخطي { $count } صفا:
   *[other] تخطي { $count } صف:
}
glossary-skipped-line = { $line ->
    [0] { $reason }
   *[other] السطر { $line }: { $reason }
}
glossary-preview-heading = ما سيغيره هذا الملف
glossary-preview-added = { PLURAL($count) ->
    [zero] لن يضاف أي اسم
    [one] سيضاف اسم واحد
    [two] سيضاف اسمان
    [few] ستضاف { $count } أسماء
    [many] سيضاف { $count } اسما
   *[other] سيضاف { $count } اسم
}
glossary-preview-updated = { PLURAL($count) ->
    [zero] لن يتغير أي اسم
    [one] سيتغير اسم واحد
    [two] سيتغير اسمان
    [few] ستتغير { $count } أسماء
    [many] سيتغير { $count } اسما
   *[other] سيتغير { $count } اسم
}
glossary-preview-unchanged = { PLURAL($count) ->
    [zero] لا اسم موجودا كما في الملف
    [one] اسم واحد موجود كما في الملف
    [two] اسمان موجودان كما في الملف
    [few] { $count } أسماء موجودة كما في الملف
    [many] { $count } اسما موجودة كما في الملف
   *[other] { $count } اسم موجودة كما في الملف
}
glossary-preview-skipped = { PLURAL($count) ->
    [zero] لن يتخطى أي سطر
    [one] سيتخطى سطر واحد:
    [two] سيتخطى سطران:
    [few] ستتخطى { $count } أسطر:
    [many] سيتخطى { $count } سطرا:
   *[other] سيتخطى { $count } سطر:
}
glossary-preview-new = جديد
glossary-preview-empty = (لا شيء)
glossary-preview-more = { PLURAL($count) ->
    [one] … واسم آخر.
    [two] … واسمان آخران.
    [few] … و{ $count } أسماء أخرى.
    [many] … و{ $count } اسما آخر.
   *[other] … و{ $count } اسم آخر.
}
glossary-preview-apply = استورد هذه التغييرات
glossary-field-english = الإنجليزية
glossary-field-short = الإشارة الثانية
glossary-field-kind = النوع
glossary-field-variants = صيغ عربية أخرى
glossary-field-deprecated = كتابات ينبه إليها
glossary-field-clitics = تلحقه السوابق
glossary-field-not = لا يطابق أبدا
glossary-field-notes = ملاحظات
glossary-skip-unreadable = تعذرت قراءة الصف ({ $detail })
glossary-skip-empty-form = الصيغة العربية أو الإنجليزية فارغة
glossary-skip-no-arabic = لا مصطلح عربيا في المدخل ({ $detail })
glossary-skip-no-english = لا مصطلح إنجليزيا في المدخل ({ $detail })
glossary-skip-unknown-type = «{ $detail }» ليس نوعا من الأسماء (person أو place أو organization أو other)
glossary-skip-bad-clitics = يجب أن تكون قيمة clitics ‏true أو false، لا «{ $detail }»
glossary-skip-duplicate-in-file = الاسم العربي نفسه ورد قبل ذلك في الملف: { $detail }
entry-add-heading = أضف اسما
entry-edit-heading = عدّل الاسم
entry-arabic = العربية
entry-english = الإنجليزية (الذكر الأول)
entry-short = الذكر الثاني
entry-short-hint = مثل Putin
entry-kind = النوع
entry-variants = صيغ عربية أخرى
entry-deprecated = تهجئات ينبه إليها
entry-one-per-line = واحدة في كل سطر
entry-clitics = قد تلتصق به و ف ب ك ل (أزل العلامة عن الأسماء التي هي كلمات شائعة مثل أمل)
entry-not = لا تطابق هذه الصيغ أبدا
entry-notes = ملاحظات
entry-dates = أضيف في { $added } · وعُدّل في { $changed }
entry-save = حفظ
entry-unverified = كتابة بالحروف اللاتينية لم يتحقق منها أحد: تحقق من التهجئة.

## Names in the editor
name-insert-hint = انقر لإدراج «{ $form }»
name-insert-hint-key = انقر، أو اضغط { $key } في الترجمة، لإدراج «{ $form }»
names-occurrences = ×{ $count }
names-candidates = { PLURAL($count) ->
    [zero] أسماء ليست في المسرد: لم يعثر على شيء
    [one] اسم واحد ليس في المسرد
    [two] اسمان ليسا في المسرد
    [few] { $count } أسماء ليست في المسرد
    [many] { $count } اسما ليست في المسرد
   *[other] { $count } اسم ليس في المسرد
}
names-no-candidates = لا أسماء محتملة خارج المسرد.
names-unverified = غير متحقق منه
names-show = أظهر
names-add = أضف…
names-add-selection = أضف إلى المسرد…
shortcut-insert-name = أدرج الاسم الأول أو الثاني … من المقطع بالإنجليزية
shortcut-add-name = أضف الكلمات المحددة من النص المصدر إلى المسرد

## Spell check of the English (SpellLayer, SpellSettings)
spell-label = التدقيق الإملائي
spell-en-us = تهجئة أمريكية
spell-en-gb = تهجئة بريطانية
spell-off = دون تدقيق إملائي
spell-menu-label = اقتراحات إملائية لكلمة «{ $word }»
spell-loading = جار البحث عن اقتراحات…
spell-no-suggestions = لا اقتراحات
spell-add = أضف إلى القاموس
spell-ignore = تجاهل
shortcut-spell = اقتراحات إملائية للكلمة عند المؤشر

## View: zoom, each pane's text size, theme (features/settings/ViewSettings.svelte)

view-open = العرض
view-heading = العرض
view-zoom = التكبير (النافذة كلها)
view-source-size = النص العربي
view-target-size = النص الإنجليزي
view-smaller = أصغر
view-bigger = أكبر
view-reset = الحجم العادي
view-zoom-out = تصغير ({ $keys })
view-zoom-in = تكبير ({ $keys })
view-zoom-reset = العودة إلى 100% ({ $keys })
view-percent = { $percent }%
view-zoom-indicator = التكبير: انقر للعودة إلى 100%
view-theme = المظهر
view-theme-system = مثل النظام
view-theme-light = فاتح
view-theme-dark = داكن
shortcut-zoom-in = تكبير (النافذة كلها)
shortcut-zoom-out = تصغير
shortcut-zoom-reset = العودة إلى حجم 100%
