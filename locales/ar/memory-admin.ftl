## The translation memory's settings, TMX import and export, and what deleting and importing articles do with it.

# Deleting an article (the article list's confirmation).
delete-forget-units = احذف ترجماتها من الذاكرة أيضا
delete-units-stay = تبقى في الذاكرة الترجمات التي أضافتها.
delete-units-go = تحذف من الذاكرة أيضا الترجمات التي أضافتها.

# Importing an article.
import-fill-memory = املأ من الذاكرة المقاطع التي تطابقها مطابقة تامة

# The top bar and the memory's page.
nav-memory = الذاكرة
memory-page-heading = ذاكرة الترجمة
memory-back = رجوع
memory-units = { PLURAL($count) ->
    [zero] لا وحدات بعد
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدة
   *[other] { $count } وحدة
}
memory-about = كل مقطع تعتمده يحفظ هنا مع ترجمته، ويقترحه المحرر من جديد حيثما عاد النص العربي نفسه أو نص قريب منه. أما وحدات ملفات TMX فتأتي من أدوات أخرى ومن الزملاء.
memory-threshold = أدنى نسبة تطابق تعرض
memory-threshold-hint = لا يعرض المحرر المطابقات التي تقل نسبتها عن هذه (من 50 إلى 100٪).
memory-import = استورد ملف TMX…
memory-export = صدّر ملف TMX…
memory-tmx-filter = ذاكرة ترجمة (TMX)
memory-exported = { PLURAL($count) ->
    [one] تم تصدير وحدة واحدة إلى { $path }
    [two] تم تصدير وحدتين إلى { $path }
    [few] تم تصدير { $count } وحدات إلى { $path }
   *[other] تم تصدير { $count } وحدة إلى { $path }
}

# What a TMX import did.
memory-report-heading = اكتمل استيراد ملف TMX
memory-report-added = { PLURAL($count) ->
    [zero] لا وحدات جديدة
    [one] وحدة جديدة واحدة
    [two] وحدتان جديدتان
    [few] { $count } وحدات جديدة
    [many] { $count } وحدة جديدة
   *[other] { $count } وحدة جديدة
}
memory-report-updated = { PLURAL($count) ->
    [zero] لا وحدات بترجمة جديدة
    [one] وحدة واحدة بترجمة جديدة من الملف نفسه
    [two] وحدتان بترجمة جديدة من الملف نفسه
    [few] { $count } وحدات بترجمة جديدة من الملف نفسه
    [many] { $count } وحدة بترجمة جديدة من الملف نفسه
   *[other] { $count } وحدة بترجمة جديدة من الملف نفسه
}
memory-report-unchanged = { PLURAL($count) ->
    [zero] لا شيء منها في الذاكرة من قبل
    [one] وحدة واحدة في الذاكرة من قبل
    [two] وحدتان في الذاكرة من قبل
    [few] { $count } وحدات في الذاكرة من قبل
    [many] { $count } وحدة في الذاكرة من قبل
   *[other] { $count } وحدة في الذاكرة من قبل
}
memory-report-skipped = { PLURAL($count) ->
    [zero] دخلت الوحدات كلها الذاكرة
    [one] وحدة واحدة لم تدخل الذاكرة:
    [two] وحدتان لم تدخلا الذاكرة:
    [few] { $count } وحدات لم تدخل الذاكرة:
    [many] { $count } وحدة لم تدخل الذاكرة:
   *[other] { $count } وحدة لم تدخل الذاكرة:
}
memory-skipped-line = السطر { $line }: { $reason }
memory-skipped-more = …و{ $count } غيرها.
memory-skip-no-language = لا عربية فيها ولا إنجليزية
memory-skip-no-arabic = لا عربية فيها
memory-skip-no-english = لا إنجليزية فيها
memory-skip-empty-text = لا نص فيها
memory-skip-too-long = أطول مما يتسع له مقطع

# The editor's export dialog.
export-tmx = صدّر وحدات ترجمة هذه المقالة بصيغة TMX…
