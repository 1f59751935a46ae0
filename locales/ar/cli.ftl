# رسائل سطر الأوامر `dragoman`.

cli-imported = استُوردت «{ $title }» مقالةً رقم { $id } ({ $segments }).
cli-already-imported = تنبيه: هذا النص موجود من قبل في المقالة رقم { $id } («{ $title }»)، وتم استيراده مرة أخرى.
cli-deleted = حُذفت المقالة رقم { $id }.
cli-no-articles = لا مقالات.
cli-error = خطأ: { $message }
cli-glossary-imported = المسرد: أُضيف { $added }، وحُدِّث { $updated }، وبقي { $unchanged } دون تغيير، وتُخطّي { $skipped }.
cli-glossary-exported = { PLURAL($count) ->
    [zero] لم يُكتب أي اسم
    [one] كُتب اسم واحد
    [two] كُتب اسمان
    [few] كُتبت { $count } أسماء
    [many] كُتب { $count } اسمًا
   *[other] كُتب { $count } اسم
} في { $path }.
