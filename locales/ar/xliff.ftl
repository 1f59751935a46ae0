# ملفات XLIFF العائدة أو الواردة: التقرير قبل التحديث، وفتح ملف من أداة أخرى، وكلمات سطر الأوامر.

## سطر الأوامر
cli-xliff-update = تحديث المقال { $id } («{ $title }») من ملف XLIFF ‏{ $file }:
cli-xliff-counts = للتغيير: { $changes }، في تعارض: { $conflicts }، تغير هنا منذ التصدير (يبقى): { $kept }، بلا تغيير: { $unchanged }.
cli-xliff-no-base = التصدير الذي جاء منه هذا الملف غير مسجل، فيعد كل اختلاف تغييرا في الملف.
cli-xliff-missing = { PLURAL($count) ->
    [one] وحدة واحدة في الملف لم يعد لها مقطع في المقال (دمج أو قسم): { $units }.
    [two] وحدتان في الملف لم يعد لهما مقطع في المقال (دمج أو قسم): { $units }.
    [few] { $count } وحدات في الملف لم يعد لها مقطع في المقال (دمج أو قسم): { $units }.
    [many] { $count } وحدة في الملف لم يعد لها مقطع في المقال (دمج أو قسم): { $units }.
   *[other] { $count } وحدة في الملف لم يعد لها مقطع في المقال (دمج أو قسم): { $units }.
}
cli-xliff-change = ~ [{ $segment }] { $what }
cli-xliff-conflict = ! [{ $segment }] تعارض: هنا «{ $here }» ({ $hereStatus })، وفي الملف «{ $file }» ({ $fileStatus }){ $taken ->
    [yes] ؛ أخذ ما في الملف.
   *[no] ؛ يبقى ما هنا (الخيار ‎--take-theirs يأخذ ما في الملف).
}
cli-xliff-text = «{ $before }» ← «{ $after }»
cli-xliff-status = { $before } ← { $after }
cli-xliff-dry-run = لم يتغير شيء (تجربة).
cli-xliff-applied = { PLURAL($count) ->
    [zero] لا شيء للتغيير: المقال يقول ما يقوله الملف.
    [one] تغير مقطع واحد. حفظ النص كما كان في المسودة «{ $draft }».
    [two] تغير مقطعان. حفظ النص كما كان في المسودة «{ $draft }».
    [few] تغيرت { $count } مقاطع. حفظ النص كما كان في المسودة «{ $draft }».
    [many] تغير { $count } مقطعا. حفظ النص كما كان في المسودة «{ $draft }».
   *[other] تغير { $count } مقطع. حفظ النص كما كان في المسودة «{ $draft }».
}
cli-xliff-new = «{ $file }» (XLIFF ‏{ $version }، { $source } ← { $target }): المقاطع { $segments }، المترجم منها { $translated }، والوسوم { $codes } في مقاطع عددها { $withCodes }.
cli-xliff-opened = فتح «{ $title }» مقالا برقم { $id } ({ $segments }).
cli-xliff-written-back = كتب ملف XLIFF من جديد بالترجمات في { $path }.

## التطبيق: التقرير قبل التحديث
xliff-update-title = تحديث من XLIFF
xliff-update-intro = عاد الملف «{ $file }» للمقال «{ $title }». لا يتغير شيء حتى تطبقه.
xliff-update-counts = للتغيير { $changes } · في تعارض { $conflicts } · تغير هنا منذ التصدير (يبقى) { $kept } · بلا تغيير { $unchanged }
xliff-update-no-base = التصدير الذي جاء منه هذا الملف غير مسجل، فلا يمكن تمييز التعارض: يعد كل اختلاف تغييرا في الملف.
xliff-update-changes = تغييرات من الملف
xliff-update-conflicts = تعارضات: تغيرت هنا وفي الملف
xliff-update-here = هنا الآن
xliff-update-file = في الملف
xliff-update-take = خذ ما في الملف
xliff-update-segment = المقطع { $n }
xliff-update-nothing = المقال يقول ما يقوله الملف: لا شيء للتغيير.
xliff-update-apply = { PLURAL($count) ->
    [zero] طبق
    [one] طبق تغييرا واحدا
    [two] طبق تغييرين
    [few] طبق { $count } تغييرات
    [many] طبق { $count } تغييرا
   *[other] طبق { $count } تغيير
}
xliff-update-applied = { PLURAL($count) ->
    [zero] لم يتغير شيء.
    [one] تغير مقطع واحد. حفظ النص كما كان في المسودة «{ $draft }».
    [two] تغير مقطعان. حفظ النص كما كان في المسودة «{ $draft }».
    [few] تغيرت { $count } مقاطع. حفظ النص كما كان في المسودة «{ $draft }».
    [many] تغير { $count } مقطعا. حفظ النص كما كان في المسودة «{ $draft }».
   *[other] تغير { $count } مقطع. حفظ النص كما كان في المسودة «{ $draft }».
}
xliff-update-missing = { PLURAL($count) ->
    [one] وحدة واحدة في الملف لم يعد لها مقطع هنا (دمج أو قسم) فتترك.
    [two] وحدتان في الملف لم يعد لهما مقطع هنا (دمج أو قسم) فتتركان.
    [few] { $count } وحدات في الملف لم يعد لها مقطع هنا (دمج أو قسم) فتترك.
    [many] { $count } وحدة في الملف لم يعد لها مقطع هنا (دمج أو قسم) فتترك.
   *[other] { $count } وحدة في الملف لم يعد لها مقطع هنا (دمج أو قسم) فتترك.
}
xliff-empty-target = (فارغة)

## التطبيق: فتح ملف من أداة أخرى
xliff-new-summary = ملف XLIFF ‏{ $version } من أداة أخرى، { $source } ← { $target }: المقاطع { $segments }، المترجم منها { $translated }، والوسوم { $codes }. المقاطع هي وحدات الملف، ويكتب الملف من جديد كما جاء مع ترجماتك.
xliff-write-back = XLIFF كما جاء (مع ترجماتك)
xliff-code-title = الوسم { $n }: { $xml }
xliff-insert-code = أدرج الوسم التالي (Ctrl+Shift+T)

## التطبيق: إجراء المحرر، ونوافذ الملفات، وقائمة الاختصارات
xliff-update-open = تحديث من XLIFF…
xliff-update-open-title = خذ الترجمات من ملف XLIFF لهذا المقال عاد من أداة أخرى (Ctrl+Shift+X)
xliff-file-filter = ملفات XLIFF
shortcut-xliff-update = حدث المقال من ملف XLIFF عاد من أداة أخرى
shortcut-insert-code = أدرج الوسم التالي من المصدر الذي تنقصه الترجمة
