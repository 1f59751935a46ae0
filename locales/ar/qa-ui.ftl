## الفحوص في النافذة: زر الفحوص في المحرر ولوحتها (ui/src/features/qa)، وإعداداتها، وقائمة
## الملاحظات المفتوحة في نافذة التصدير. نص كل ملاحظة وأسماء الفحوص في qa.ftl.

qa-open = الفحوص
# اسم زر شريط الأدوات لقارئ الشاشة، مع العدد الظاهر عليه.
qa-open-label = { PLURAL($count) ->
    [zero] الفحوص: لا شيء يحتاج إلى تصحيح
    [one] الفحوص: ملاحظة واحدة تحتاج إلى نظر
    [two] الفحوص: ملاحظتان تحتاجان إلى نظر
    [few] الفحوص: { $count } ملاحظات تحتاج إلى نظر
    [many] الفحوص: { $count } ملاحظة تحتاج إلى نظر
   *[other] الفحوص: { $count } ملاحظة تحتاج إلى نظر
}
qa-heading = الفحوص
qa-filters = الفحوص المعروضة
qa-filter-all = الكل
qa-filter-off = موقوف في الإعدادات
qa-count = { PLURAL($count) ->
    [zero] لا شيء يحتاج إلى تصحيح
    [one] ملاحظة واحدة تحتاج إلى نظر
    [two] ملاحظتان تحتاجان إلى نظر
    [few] { $count } ملاحظات تحتاج إلى نظر
    [many] { $count } ملاحظة تحتاج إلى نظر
   *[other] { $count } ملاحظة تحتاج إلى نظر
}
qa-nothing = لا شيء يحتاج إلى تصحيح.
qa-check-is-off = هذا الفحص موقوف.
qa-severity-error = خطأ بحسب قواعد الدار
qa-severity-warning = خطأ على الأرجح
qa-severity-info = تستحق نظرة
qa-issue-go = انتقل إلى المقطع { $number }
qa-ignore = تجاهل
qa-ignore-title = ضعها جانبا: لا تعد بعد الآن، ولا ينبه إليها التصدير
qa-restore = استعد
qa-ignored = المتجاهلة ({ $count })
qa-no-dictionary = لا يجري فحص الإملاء: قاموس الإنجليزية غير مثبت (الحزمة ⁦hunspell-en-us⁩ أو ⁦hunspell-en-gb⁩).
qa-checking = جار الفحص…

## إعدادات الفحوص
qa-settings-open = الإعدادات
qa-settings-heading = إعدادات الفحوص
qa-settings-checks = الفحوص التي تجري
qa-settings-numbers = كيف تكتب الإنجليزية الأرقام
qa-number-style-point = 1,234.5
qa-number-style-point-hint = الآلاف بفاصلة، والكسور بنقطة
qa-number-style-comma = 1 234,5
qa-number-style-comma-hint = الآلاف بمسافة، والكسور بفاصلة
qa-settings-saved = حفظت. تجري الفحوص من جديد.

## نافذة التصدير
qa-export-more = { PLURAL($count) ->
    [zero] ولا غيرها
    [one] وملاحظة أخرى
    [two] وملاحظتان أخريان
    [few] و{ $count } ملاحظات أخرى
    [many] و{ $count } ملاحظة أخرى
   *[other] و{ $count } ملاحظة أخرى
}

shortcut-qa = أظهر لوحة الفحوص أو أخفها
