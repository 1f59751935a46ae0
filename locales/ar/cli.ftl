# رسائل سطر الأوامر `dragoman`.

cli-imported = استوردت «{ $title }» مقالة رقم { $id } ({ $segments }).
cli-already-imported = تنبيه: هذا النص موجود من قبل في المقالة رقم { $id } («{ $title }»)، وتم استيراده مرة أخرى.
cli-deleted = حذفت المقالة رقم { $id }.
cli-no-articles = لا مقالات.
cli-warning = تنبيه: { $message } المقاطع: { $list }.
cli-encoding-warning = تنبيه: { $message }
cli-error = خطأ: { $message }
cli-glossary-imported = المسرد: أضيف { $added }، وحُدِّث { $updated }، وبقي { $unchanged } دون تغيير، وتخطي { $skipped }.
cli-glossary-exported = { PLURAL($count) ->
    [zero] لم يكتب أي اسم
    [one] كتب اسم واحد
    [two] كتب اسمان
    [few] كتبت { $count } أسماء
    [many] كتب { $count } اسما
   *[other] كتب { $count } اسم
} في { $path }.
cli-tm-imported = ذاكرة الترجمة: أضيفت { $added }، وتم تحديث { $updated }، وبقيت { $unchanged } دون تغيير، وتم تخطي { $skipped }.
cli-tm-exported = { PLURAL($count) ->
    [zero] لم تكتب أي وحدة
    [one] كتبت وحدة واحدة
    [two] كتبت وحدتان
    [few] كتبت { $count } وحدات
    [many] كتبت { $count } وحدة
   *[other] كتبت { $count } وحدة
} في { $path }.
cli-tm-skipped-line = { $tuid ->
    [none] السطر { $line }: { $reason }
   *[other] السطر { $line } (المعرف { $tuid }): { $reason }
}
cli-tm-skipped-more = … و{ $count } أخرى.
cli-tm-skip-no-language = لا عربية فيها ولا إنجليزية (لغات أخرى فقط)
cli-tm-skip-no-arabic = لا نص عربيا فيها
cli-tm-skip-no-english = لا نص إنجليزيا فيها
cli-tm-skip-empty-text = النص العربي أو الإنجليزي فارغ
cli-tm-skip-too-long = فيها مقطع أطول من الحد المسموح (1 ميغابايت)
cli-tm-no-matches = لا مطابقة في الذاكرة.
cli-tm-score = { $score }٪
cli-tm-adapted = معدلة
cli-search-none = لا شيء في الذاكرة ولا في المقالات يطابق البحث.
cli-search-memory = الذاكرة
cli-search-more = النتائج أكثر مما يعرض؛ أضف كلمات لتضييق البحث.

## النسخ الاحتياطية
cli-backed-up = نسخت قاعدة البيانات احتياطيا في { $path } ({ $size }).
cli-restored = استرجعت قاعدة البيانات من { $file }. حفظت قاعدة البيانات كما كانت في { $aside }.
cli-no-backups = لا نسخ احتياطية بعد في { $folder }.
cli-size-mb = { $mb } ميغابايت
cli-read-only-damaged = تنبيه: قاعدة البيانات تالفة، ففتحت للقراءة فقط لتقرأ ما بقي منها وتصدره. استرجع نسخة احتياطية لتتابع العمل (dragoman backup --list و dragoman restore FILE).

## استيراد المسرد، --dry-run
cli-glossary-dry-run = لم يتغير شيء (تجربة). الاستيراد سيضيف { $added } ويحدث { $updated } ويترك { $unchanged } بلا تغيير ويتخطى { $skipped }:
cli-glossary-field-change = { $field } «{ $before }» ← «{ $after }»
cli-glossary-field-english = الإنجليزية
cli-glossary-field-short = الصيغة المختصرة
cli-glossary-field-type = النوع
cli-glossary-field-variants = الصيغ الأخرى
cli-glossary-field-deprecated = الكتابات المهجورة
cli-glossary-field-clitics = السوابق
cli-glossary-field-not = لا يطابق أبدا
cli-glossary-field-notes = الملاحظات
