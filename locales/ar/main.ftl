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
article-list-empty = لا مقالات بعد. استورد مقالة عربية لتبدأ.
article-list-new = استيراد مقالة
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
article-progress = مؤكد: { $confirmed } · مسودة: { $drafts } · بلا ترجمة: { $untranslated }
article-progress-label = تقدّم الترجمة

## التشغيل الأول

sample-offer-heading = ابدأ بمقالة حقيقية
sample-offer-body = يأتي دراغومان مع مقالة إخبارية عربية: الكرملين عن المحادثات بين بوتين وبايدن. افتحها لترى مكتب الترجمة وهو يعمل.
sample-offer-open = افتح المقالة النموذجية

## الاستيراد

new-article-title-label = العنوان
new-article-title-placeholder = اتركه فارغًا ليُؤخذ العنوان الرئيسي
new-article-cancel = إلغاء
import-heading = استيراد مقالة
import-text-label = الصق المقالة: نصًا عربيًا أو صفحة ويب منسوخة
import-text-placeholder = الصق هنا…
import-open-file = افتح ملفًا…
import-drop-hint = أو أفلت على النافذة ملفًا من نوع ⁦txt⁩ أو ⁦html⁩ أو ⁦docx⁩ أو ⁦md⁩
import-file-filter = مقالات
import-file-chosen = الملف: { $name }
import-file-clear = الصق نصًا بدلًا منه
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
    [many] { $count } عنوانًا رئيسيًا
   *[other] { $count } عنوان رئيسي
}
import-count-subhead = { PLURAL($count) ->
    [zero] لا عناوين فرعية
    [one] عنوان فرعي واحد
    [two] عنوانان فرعيان
    [few] { $count } عناوين فرعية
    [many] { $count } عنوانًا فرعيًا
   *[other] { $count } عنوان فرعي
}
import-count-paragraph = { PLURAL($count) ->
    [zero] لا فقرات
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
    [many] { $count } فقرةً
   *[other] { $count } فقرة
}
import-count-sentence = { PLURAL($count) ->
    [zero] لا جمل
    [one] جملة واحدة
    [two] جملتان
    [few] { $count } جمل
    [many] { $count } جملةً
   *[other] { $count } جملة
}
import-count-caption = { PLURAL($count) ->
    [zero] لا تعليقات على الصور
    [one] تعليق واحد على صورة
    [two] تعليقان على الصور
    [few] { $count } تعليقات على الصور
    [many] { $count } تعليقًا على الصور
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
import-mojibake-utf8-as-windows1256 = يبدو هذا النص مشوّهًا: نص UTF-8 قُرئ يومًا بترميز windows-1256 (حروف مثل «ظ‚ط§ظ„»).
import-mojibake-windows1256-as-windows1252 = يبدو هذا النص مشوّهًا: نص windows-1256 قُرئ يومًا بترميز windows-1252 (حروف مثل «ÞÇá»).
import-repair = أصلح النص
import-more = { PLURAL($count) ->
    [zero] …
    [one] …ومقطع آخر
    [two] …ومقطعان آخران
    [few] …و{ $count } مقاطع أخرى
    [many] …و{ $count } مقطعًا آخر
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
editor-conflict-open = تغيير من نافذة أخرى ينتظر اختيارك
editor-save-failed = لم يُحفظ: { $reason }
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

error-db-newer = كُتبت قاعدة البيانات هذه بإصدار أحدث من دراغومان. حدّث دراغومان لفتحها؛ لم يتغير الملف.
error-db-not-database = هذا الملف ليس قاعدة بيانات لدراغومان. لم يتغير الملف.
error-db-unwritable = لا يستطيع دراغومان إنشاء قاعدة بياناته أو الكتابة فيها هنا. تحقق من وجود المجلد ومن أن لك حق الكتابة فيه.
error-not-found = لم يعد هذا العنصر موجودًا، فلعله حُذف.
error-empty-text = لا يوجد نص للترجمة. الصق المقالة أولًا.
error-not-text = هذا الملف ليس نصًا: فيه بيانات ثنائية.
error-bad-encoding = لا يمكن قراءة النص بهذا الترميز. اختر ترميزًا آخر.
error-too-large = النص أكبر من المسموح (الحد 20 ميغابايت).
error-unknown-encoding = لا يعرف دراغومان هذا الترميز.
error-unsupported-format = لا يمكن استيراد هذا النوع من الملفات. استخدم نصًا عاديًا أو HTML أو Word ‏(.docx) أو Markdown.
error-docx-encrypted = مستند Word هذا محمي بكلمة مرور. احفظ نسخة منه بلا كلمة مرور واستوردها.
error-docx-corrupt = مستند Word هذا تالف أو ناقص.
error-docx-too-large = يتجاوز حجم مستند Word هذا بعد فك ضغطه الحد المسموح (64 ميغابايت للجزء الواحد)، فلم يُفتح.
error-invalid-input = بعض المدخلات غير صالحة.
error-conflict = غُيّر هذا المقطع في نافذة أخرى. تظهر النسختان: اختر إحداهما.
error-nothing-to-confirm = لا توجد ترجمة لتأكيدها بعد.
error-write-failed = تعذرت كتابة الملف. تحقق من المجلد ومن أن لك حق الكتابة فيه.
error-io = تعذرت قراءة الملف.
error-storage = أبلغت قاعدة البيانات عن خطأ. عملك السابق محفوظ.
error-glossary-columns = لا يحتوي هذا الملف على عمودي «arabic» و«english». يجب أن يسمّي الصف الأول الأعمدة؛ لم يُستورد شيء.
error-xml-dtd = يعلن هذا الملف عن DTD أو كيانات. يرفض دراغومان هذه الملفات حفاظًا على الأمان؛ لم يُستورد شيء.
error-xml-malformed = ملف XML هذا تالف أو غير سليم البنية؛ لم يُستورد شيء.
error-not-tbx = ملف XML هذا ليس مسرد TBX؛ لم يُستورد شيء.
error-entry-incomplete = يحتاج الاسم إلى صيغة عربية وصيغة إنجليزية معًا.
error-entry-duplicate = في المسرد اسم بهذه الصيغة العربية بالفعل.
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
segment-confirm = أكّد
segment-review = رُوجع
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
    [many] { $count } مقطعًا
   *[other] { $count } مقطع
}
find-none = لم يُعثر عليه.
find-next = التالي
find-previous = السابق
find-hint = البحث بالعربية يتجاهل الحركات والتطويل وصور الهمزة؛ والبحث بالإنجليزية لا يفرّق بين الأحرف الكبيرة والصغيرة.
replace-with = استبدل بـ
replace-all = استبدل في كل الترجمات
replace-done = { PLURAL($count) ->
    [zero] لم يُستبدل شيء.
    [one] استُبدل موضع واحد.
    [two] استُبدل موضعان.
    [few] استُبدلت { $count } مواضع.
    [many] استُبدل { $count } موضعًا.
   *[other] استُبدل { $count } موضع.
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
history-empty-text = (فارغ)

## المسودات

drafts-heading = المسودات
drafts-name-label = اسم المسودة الجديدة
drafts-name-placeholder = مسودة المترجم
drafts-create = احفظ مسودة
drafts-empty = لا مسودات بعد.
draft-auto-status-change = تلقائية: تغيّرت الحالة إلى { $status }
draft-auto-before-restore = تلقائية: قبل استعادة «{ $name }»
draft-progress = تُرجم { $translated } من { $total }
draft-restore = استعد
draft-restored = استُعيدت. حُفظ النص كما كان في المسودة «{ $name }».
compare-heading = مقارنة
compare-from = من
compare-to = إلى
compare-current = النص الحالي
compare-run = قارن
compare-unchanged = { PLURAL($count) ->
    [zero] لا مقاطع مخفية.
    [one] مقطع واحد لم يتغير ولم يُعرض.
    [two] مقطعان لم يتغيرا ولم يُعرضا.
    [few] { $count } مقاطع لم تتغير ولم تُعرض.
    [many] { $count } مقطعًا لم تتغير ولم تُعرض.
   *[other] { $count } مقطع لم تتغير ولم تُعرض.
}
compare-none = لا فروق.

## التصدير

export-heading = تصدير
export-format-txt = الإنجليزية: نص عادي (‎.txt)
export-format-md = الإنجليزية: Markdown ‏(‎.md)
export-format-html = الإنجليزية: صفحة ويب (‎.html)
export-format-docx = الإنجليزية: Word ‏(‎.docx)
export-format-bilingual-html = العربية والإنجليزية جنبًا إلى جنب: صفحة ويب (‎.html)
export-format-bilingual-docx = العربية والإنجليزية جنبًا إلى جنب: Word ‏(‎.docx)
export-save = احفظ…
export-done = حُفظ في { $path }

## الاختصارات

shortcuts-heading = اختصارات لوحة المفاتيح
shortcut-confirm = أكّد وانتقل إلى المقطع التالي غير المترجم
shortcut-review = علّمه مُراجَعًا وانتقل إلى المقطع التالي
shortcut-next = المقطع التالي
shortcut-previous = المقطع السابق
shortcut-copy-source = انسخ المصدر إلى الترجمة
shortcut-jump = انتقل إلى مقطع برقمه
shortcut-find = البحث والاستبدال
shortcut-help = هذه القائمة
shortcut-close = أغلق لوحة

## قائمة المقالات: التصفية

list-search = ابحث في العناوين
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
    [many] { $count } اسمًا
   *[other] { $count } اسم
}
glossary-matching = { PLURAL($count) ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
glossary-more = تظهر أول { $shown } من { $total }. ضيّق البحث لترى البقية.
glossary-search = ابحث بالعربية أو الإنجليزية
glossary-kind-all = كل الأنواع
glossary-empty = المسرد فارغ. أضف الأسماء واحدًا واحدًا، أو استورد ملف CSV أو TBX.
glossary-actions = إجراءات
glossary-add = أضف اسمًا
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
    [zero] لم يُكتب أي اسم
    [one] كُتب اسم واحد
    [two] كُتب اسمان
    [few] كُتبت { $count } أسماء
    [many] كُتب { $count } اسمًا
   *[other] كُتب { $count } اسم
} في { $path }.
glossary-report-heading = استُورد المسرد
glossary-report-added = { PLURAL($count) ->
    [zero] لم يُضف أي اسم
    [one] أُضيف اسم واحد
    [two] أُضيف اسمان
    [few] أُضيفت { $count } أسماء
    [many] أُضيف { $count } اسمًا
   *[other] أُضيف { $count } اسم
}
glossary-report-updated = { PLURAL($count) ->
    [zero] لم يُحدَّث أي اسم
    [one] حُدِّث اسم واحد
    [two] حُدِّث اسمان
    [few] حُدِّثت { $count } أسماء
    [many] حُدِّث { $count } اسمًا
   *[other] حُدِّث { $count } اسم
}
glossary-report-unchanged = { PLURAL($count) ->
    [zero] لا أسماء موجودة سلفًا
    [one] اسم واحد موجود سلفًا دون تغيير
    [two] اسمان موجودان سلفًا دون تغيير
    [few] { $count } أسماء موجودة سلفًا دون تغيير
    [many] { $count } اسمًا موجودًا سلفًا دون تغيير
   *[other] { $count } اسم موجود سلفًا دون تغيير
}
glossary-report-skipped = { PLURAL($count) ->
    [zero] لم يُتخطَّ أي صف
    [one] تُخطّي صف واحد:
    [two] تُخطّي صفان:
    [few] تُخطّيت { $count } صفوف:
    [many] تُخطّي { $count } صفًا:
   *[other] تُخطّي { $count } صف:
}
glossary-skipped-line = { $line ->
    [0] { $reason }
   *[other] السطر { $line }: { $reason }
}
glossary-skip-unreadable = تعذّرت قراءة الصف ({ $detail })
glossary-skip-empty-form = الصيغة العربية أو الإنجليزية فارغة
glossary-skip-no-arabic = لا مصطلح عربيًا في المدخل ({ $detail })
glossary-skip-no-english = لا مصطلح إنجليزيًا في المدخل ({ $detail })
glossary-skip-unknown-type = «{ $detail }» ليس نوعًا من الأسماء (person أو place أو organization أو other)
glossary-skip-bad-clitics = يجب أن تكون قيمة clitics ‏true أو false، لا «{ $detail }»
glossary-skip-duplicate-in-file = الاسم العربي نفسه ورد قبل ذلك في الملف: { $detail }
entry-add-heading = أضف اسمًا
entry-edit-heading = عدّل الاسم
entry-arabic = العربية
entry-english = الإنجليزية (الذكر الأول)
entry-short = الذكر الثاني
entry-short-hint = مثل Putin
entry-kind = النوع
entry-variants = صيغ عربية أخرى
entry-deprecated = تهجئات يُنبَّه إليها
entry-one-per-line = واحدة في كل سطر
entry-clitics = قد تلتصق به و ف ب ك ل (أزل العلامة عن الأسماء التي هي كلمات شائعة مثل أمل)
entry-not = لا تطابق هذه الصيغ أبدًا
entry-notes = ملاحظات
entry-dates = أُضيف في { $added } · وعُدّل في { $changed }
entry-save = حفظ
entry-unverified = كتابة بالحروف اللاتينية لم يتحقق منها أحد: تحقّق من التهجئة.

## Names in the editor
editor-names = الأسماء
names-issue-count = { PLURAL($count) ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظةً
   *[other] { $count } ملاحظة
}
name-insert-hint = انقر لإدراج «{ $form }»
name-insert-hint-key = انقر، أو اضغط { $key } في الترجمة، لإدراج «{ $form }»
names-occurrences = ×{ $count }
names-heading = الأسماء في هذه المقالة
names-checks = { PLURAL($count) ->
    [zero] التدقيق: لا شيء يحتاج إلى تصحيح
    [one] التدقيق: ملاحظة واحدة
    [two] التدقيق: ملاحظتان
    [few] التدقيق: { $count } ملاحظات
    [many] التدقيق: { $count } ملاحظةً
   *[other] التدقيق: { $count } ملاحظة
}
names-no-issues = كل أسماء المسرد في الترجمة مكتوبة بتهجئة الدار.
names-kind-missing = ناقص
names-kind-deprecated = تهجئة قديمة
names-kind-inconsistent = غير متّسق
names-issue-missing = الترجمة لا تتضمن «{ $expected }»
names-issue-deprecated = «{ $found }» صوابها «{ $expected }»
names-issue-inconsistent = «{ $found }» هنا، و«{ $expected }» في بقية المقالة
names-candidates = { PLURAL($count) ->
    [zero] أسماء ليست في المسرد: لم يُعثر على شيء
    [one] اسم واحد ليس في المسرد
    [two] اسمان ليسا في المسرد
    [few] { $count } أسماء ليست في المسرد
    [many] { $count } اسمًا ليست في المسرد
   *[other] { $count } اسم ليس في المسرد
}
names-no-candidates = لا أسماء محتملة خارج المسرد.
names-unverified = غير مُتحقَّق منه
names-show = أظهر
names-add = أضف…
names-add-selection = أضف إلى المسرد…
shortcut-insert-name = أدرج الاسم الأول أو الثاني … من المقطع بالإنجليزية
shortcut-add-name = أضف الكلمات المحددة من النص المصدر إلى المسرد
shortcut-names = أظهر لوحة الأسماء أو أخفها
