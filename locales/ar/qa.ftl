## فحوص الجودة: ما تقوله كل ملاحظة، وأسماء الفحوص، وتقرير سطر الأوامر.

qa-name-missing = { $variant ->
    [found] «{ $found }» والكتابة المعتمدة «{ $expected }».
   *[none] الترجمة تخلو من «{ $expected }».
}
qa-name-deprecated = «{ $found }» كتابة مهجورة: المعتمد «{ $expected }».
qa-name-inconsistent = «{ $found }» هنا، و«{ $expected }» في موضع آخر من المقال.
qa-number-missing = الرقم { $expected } غائب عن الترجمة.
qa-number-changed = «{ $found }» والرقم في العربية { $expected }.
qa-number-extra = «{ $found }» لا مقابل له في العربية.
qa-date-missing = «{ $expected }» غائب عن الترجمة.
qa-date-changed = «{ $found }» وفي العربية { $expected }.
qa-weekday-contradicts = { $side ->
    [source] في العربية «{ $found }»، لكن التاريخ يوافق يوم { $expected }.
   *[target] «{ $found }»، لكن التاريخ يوافق يوم { $expected }.
}
qa-arabic-punctuation = علامة عربية «{ $found }» في الإنجليزية: اكتب «{ $expected }».
qa-question-missing = في العربية سؤال، وليس في الترجمة علامة استفهام.
qa-unbalanced = «{ $found }» بلا «{ $expected }» تقابلها في الفقرة.
qa-spaces = { $found ->
    [double] مسافتان متتاليتان.
    [start] مسافة في البداية.
   *[end] مسافة في النهاية.
}
qa-arabic-letters = حروف عربية باقية في الإنجليزية: { $found }
qa-same-as-source = الترجمة هي النص العربي منسوخا.
qa-empty-confirmed = مؤكدة لكن الترجمة فارغة.
qa-length-ratio = طول الترجمة { $ratio } من طول العربية، والمعتاد في هذا المقال { $usual }.
qa-misspelling = { $variant ->
    [suggestion] «{ $found }» ليست في القاموس: هل تقصد «{ $expected }»؟
   *[none] «{ $found }» ليست في القاموس.
}
qa-translated-two-ways = النص العربي نفسه مترجم «{ $expected }» في المقطع { $other }.
qa-memory-differs = في الذاكرة ترجمة أخرى لهذا النص: «{ $expected }».
qa-same-english-two-sources = في المقطع { $other } الترجمة الإنجليزية نفسها لنص عربي آخر.

qa-check-names = الأسماء
qa-check-numbers = الأرقام
qa-check-dates = التواريخ
qa-check-punctuation = الترقيم والشكل
qa-check-spelling = الإملاء
qa-check-consistency = الاتساق

## dragoman qa
cli-qa-line = المقطع { $segment } ({ $kind }): { $message }
cli-qa-none = لا ملاحظات.
cli-qa-count = { PLURAL($count) ->
    [zero] لا ملاحظات.
    [one] ملاحظة واحدة.
    [two] ملاحظتان.
    [few] { $count } ملاحظات.
    [many] { $count } ملاحظة.
   *[other] { $count } ملاحظة.
}
cli-qa-ignored = { PLURAL($count) ->
    [zero] لم ينح شيء في التطبيق.
    [one] ونحيت ملاحظة أخرى في التطبيق.
    [two] ونحيت ملاحظتان أخريان في التطبيق.
    [few] ونحيت { $count } ملاحظات أخرى في التطبيق.
    [many] ونحيت { $count } ملاحظة أخرى في التطبيق.
   *[other] ونحيت { $count } ملاحظة أخرى في التطبيق.
}
cli-qa-no-dictionary = لم يجر فحص الإملاء: لا قاموس { $variant } مثبتا (الحزمة { $package }).
qa-code-missing = الوسم { $expected } الموجود في المصدر غير موجود في الترجمة.
qa-code-extra = الوسم { $found } يتكرر في الترجمة أكثر مما في المصدر.
qa-code-order = الوسوم في الترجمة بترتيب غير ترتيبها في المصدر ({ $found } بدلا من { $expected }).
