# رسائل سطر الأوامر `dragoman`.

cli-imported = استُوردت «{ $title }» مقالةً رقم { $id } ({ $segments }).
cli-deleted = حُذفت المقالة رقم { $id }.
cli-no-articles = لا مقالات.
cli-error = خطأ: { $message }
