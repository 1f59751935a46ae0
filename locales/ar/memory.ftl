## The translation memory in the editor: matches, their insertion, the analysis by match band, concordance.

memory-open = الذاكرة
memory-heading = مطابقات الذاكرة
memory-no-segment = ضع المؤشر في مقطع لترى مطابقاته.
memory-none = لا مطابقات
memory-loading = جارٍ البحث…
memory-score = { $score }%
memory-context = سياق
memory-context-title = الجملتان السابقة واللاحقة متطابقتان أيضا
memory-adapted = مع تعديل
memory-adapted-title = الأرقام أو الأسماء فيها معدلة لتوافق هذا المقطع
memory-origin-file = ملف: { $origin }
memory-insert-title = أدرج هذه الترجمة (Ctrl+{ $number })
memory-match-label = المطابقة { $number }، { $score }%
memory-legend-del = في المطابقة وحدها
memory-legend-ins = في هذا المقطع وحده
memory-from = من الذاكرة
memory-from-title = ملأته الذاكرة (مطابقة تامة). لم تؤكده بعد: راجعه ثم أكده.
memory-fill = املأ من الذاكرة
memory-filled = { PLURAL($count) ->
    [zero] لا مقطع غير مترجم له مطابقة تامة في الذاكرة.
    [one] ملأت الذاكرة مقطعا واحدا.
    [two] ملأت الذاكرة مقطعين.
    [few] ملأت الذاكرة { $count } مقاطع.
    [many] ملأت الذاكرة { $count } مقطعا.
   *[other] ملأت الذاكرة { $count } مقطع.
}
memory-analysis = التحليل
memory-analysis-heading = تحليل الذاكرة
memory-analysis-band = المطابقة
memory-analysis-segments = المقاطع
memory-analysis-words = الكلمات
memory-analysis-total = المجموع
memory-analysis-units = { PLURAL($count) ->
    [zero] الذاكرة فارغة.
    [one] في ذاكرة من وحدة واحدة.
    [two] في ذاكرة من وحدتين.
    [few] في ذاكرة من { $count } وحدات.
    [many] في ذاكرة من { $count } وحدة.
   *[other] في ذاكرة من { $count } وحدة.
}
memory-band-context = السياق
memory-band-exact = 100%
memory-band-repetition = التكرارات
memory-band-high = 95–99%
memory-band-good = 85–94%
memory-band-fair = 75–84%
memory-band-low = 50–74%
memory-band-no-match = بلا مطابقة
concordance-open = بحث السياقات
concordance-heading = البحث في السياقات
concordance-query = ابحث عن
concordance-hint = كلمات عربية أو إنجليزية، في الذاكرة وفي كل المقالات.
concordance-none = لم يعثر على شيء.
concordance-count = { PLURAL($count) ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
concordance-more = النتائج أكثر مما يعرض: أضف كلمة لتضييق البحث.
concordance-kind-unit = الذاكرة
concordance-kind-segment = مقالة
concordance-open-hit = افتح عند هذا المقطع
shortcut-insert-match = أدرج المطابقة الأولى … الخامسة من الذاكرة
shortcut-concordance = بحث السياقات: ابحث عن الكلمات المحددة
memory-tools = أدوات الذاكرة
memory-show = المطابقات بجانب المقاطع
