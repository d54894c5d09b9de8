<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AnalysisPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Loops with no way out</source>
            <translation>Циклы без выхода</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Dead ends: where customers leave</source>
            <translation>Тупики: где клиенты уходят</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Not reached from any entry</source>
            <translation>Недостижимые ни из одного входа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Touchpoints with no flow</source>
            <translation>Точки контакта без связей</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Flows with a share below zero</source>
            <translation>Переходы с долей меньше нуля</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Flows whose shares add up to more than 100 %</source>
            <translation>Переходы, доли которых в сумме больше 100 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Loops</source>
            <translation>Циклы</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Limits of the analysis</source>
            <translation>Ограничения анализа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Paths from entries to exits</source>
            <translation>Пути от входов к выходам</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Stages with no touchpoint</source>
            <translation>Этапы без точек контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Touchpoints with no owner</source>
            <translation>Точки контакта без ответственного</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Touchpoints with no quality requirement</source>
            <translation>Точки контакта без требований к качеству</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Quality requirements not met</source>
            <translation>Невыполненные требования к качеству</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Worst paths by mean emotion</source>
            <translation>Худшие пути по средней эмоции</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Where the most customers are lost</source>
            <translation>Где теряется больше всего клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Re-mapping</source>
            <translation>Повторное картирование</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Quality of the customer base</source>
            <translation>Качество клиентской базы</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Content policy: half useful, half offer</source>
            <translation>Контент-политика: половина полезного, половина предложений</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>KPIs behind their line at a review</source>
            <translation>KPI, отстающие от плана на пересмотре</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>The path with the most hand-offs between owners</source>
            <translation>Путь с наибольшим числом передач между ответственными</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Hand-offs between owners per path</source>
            <translation>Передачи между ответственными по путям</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Bottlenecks: where most paths pass</source>
            <translation>Узкие места: где проходит больше всего путей</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Moments of truth</source>
            <translation>Моменты истины</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Reach: entering customers who come to each stage</source>
            <translation>Охват: доля пришедших клиентов, дошедших до каждого этапа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Entries</source>
            <translation>Входы</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Exits</source>
            <translation>Выходы</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Analysing</source>
            <translation>Идёт анализ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Findings</source>
            <translation>Находки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Clear highlight</source>
            <translation>Снять подсветку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Customer path</source>
            <translation>Путь клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Path:</source>
            <translation>Путь:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>The analysis failed: %1</source>
            <translation>Анализ не удался: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n paths</source>
            <translation>
                <numerusform>%n путь</numerusform>
                <numerusform>%n пути</numerusform>
                <numerusform>%n путей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>from %n entries</source>
            <translation>
                <numerusform>от %n входа</numerusform>
                <numerusform>от %n входов</numerusform>
                <numerusform>от %n входов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>to %n exits</source>
            <translation>
                <numerusform>к %n выходу</numerusform>
                <numerusform>к %n выходам</numerusform>
                <numerusform>к %n выходам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n errors</source>
            <translation>
                <numerusform>%n ошибка</numerusform>
                <numerusform>%n ошибки</numerusform>
                <numerusform>%n ошибок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n warnings</source>
            <translation>
                <numerusform>%n предупреждение</numerusform>
                <numerusform>%n предупреждения</numerusform>
                <numerusform>%n предупреждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n notes</source>
            <translation>
                <numerusform>%n замечание</numerusform>
                <numerusform>%n замечания</numerusform>
                <numerusform>%n замечаний</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>All paths (none chosen)</source>
            <translation>Все пути (путь не выбран)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Choose a path to highlight it and see its emotion curves.</source>
            <translation>Выберите путь, чтобы подсветить его и увидеть кривые эмоций.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n точка контакта</numerusform>
                <numerusform>%n точки контакта</numerusform>
                <numerusform>%n точек контакта</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%1: mean emotion %2</source>
            <translation>%1: средняя эмоция %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>Moments of truth: %1</source>
            <translation>Моменты истины: %1</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../cxdesigner/app.py" />
            <source>Something went wrong ({detail}). Your work is saved; details are in {log}.</source>
            <translation>Что-то пошло не так ({detail}). Ваша работа сохранена; подробности в {log}.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/app.py" />
            <source>CX Designer</source>
            <translation>CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/app.py" />
            <source>cxdesigner: {path} opens in the editor already running.</source>
            <translation>cxdesigner: {path} открывается в уже запущенном редакторе.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/app.py" />
            <source>cxdesigner: the project could not be opened.</source>
            <translation>cxdesigner: не удалось открыть проект.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>Restore from backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>CX Designer kept these copies when the project was opened. Choose one to restore:</source>
            <translation>CX Designer сохранял эти копии при открытии проекта. Выберите копию для восстановления:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>{taken} ({size} KB)</source>
            <translation>{taken} ({size} КБ)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>Restore the project as</source>
            <translation>Восстановить проект как</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>CX Designer projects (*.cxd)</source>
            <translation>Проекты CX Designer (*.cxd)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>CX Designer</source>
            <translation>CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/backups.py" />
            <source>restored</source>
            <translation>восстановлен</translation>
        </message>
    </context>
    <context>
        <name>BarriersPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>idea</source>
            <translation>идея</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>in progress</source>
            <translation>в работе</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>done</source>
            <translation>сделано</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>dropped</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>The share of customers lost is a percentage from 0 to 100.</source>
            <translation>Доля потерянных клиентов — это процент от 0 до 100.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Barriers</source>
            <translation>Барьеры</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Roadmap of improvements</source>
            <translation>План улучшений</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Add barrier</source>
            <translation>Добавить барьер</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Add improvement</source>
            <translation>Добавить улучшение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Link to the chosen barrier</source>
            <translation>Связать с барьером</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Business case and KPIs…</source>
            <translation>Обоснование и KPI…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>What the chosen improvement costs and brings, and its KPIs</source>
            <translation>Что стоит и что даёт выбранное улучшение, и его KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>(untitled touchpoint)</source>
            <translation>(точка контакта без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>stage %1</source>
            <translation>этап %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Barrier</source>
            <translation>Барьер</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Customers lost</source>
            <translation>Потеряно клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Improvements</source>
            <translation>Улучшения</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Improvement</source>
            <translation>Улучшение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Effort</source>
            <translation>Затраты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Impact</source>
            <translation>Эффект</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Quick win</source>
            <translation>Быстрая победа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Barriers: where customers leave or stop</source>
            <translation>Барьеры: где клиенты уходят или останавливаются</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Roadmap: quick wins first (high impact, low effort)</source>
            <translation>План улучшений: сначала быстрые победы (большой эффект, малые затраты)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>New barriers go to %1.</source>
            <translation>Новые барьеры добавляются к: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Select a touchpoint or a stage on the map to add a barrier there.</source>
            <translation>Выберите на карте точку контакта или этап, чтобы добавить туда барьер.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Unlink from the chosen barrier</source>
            <translation>Отвязать от выбранного барьера</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>New improvement</source>
            <translation>Новое улучшение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Unlink improvement</source>
            <translation>Отвязать улучшение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/barriers.py" />
            <source>Link improvement</source>
            <translation>Привязать улучшение</translation>
        </message>
    </context>
    <context>
        <name>BusinessCaseDialog</name>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Business case and KPIs</source>
            <translation>Обоснование и KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Add KPI</source>
            <translation>Добавить KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Remove KPI</source>
            <translation>Убрать KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Measurement date</source>
            <translation>Дата измерения</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Measured value</source>
            <translation>Измеренное значение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Add measurement</source>
            <translation>Добавить измерение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Remove measurement</source>
            <translation>Убрать измерение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Import from CSV…</source>
            <translation>Импорт из CSV…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>A CSV file with the columns Date, KPI and Value</source>
            <translation>CSV-файл со столбцами Дата, Показатель и Значение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Business case</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Cost</source>
            <translation>Затраты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Expected benefit a year</source>
            <translation>Ожидаемая выгода в год</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Serves the barrier</source>
            <translation>Для барьера</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Serves the segment</source>
            <translation>Для сегмента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Baseline</source>
            <translation>Исходное значение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Start (baseline date)</source>
            <translation>Начало (дата исходного значения)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Review dates</source>
            <translation>Даты пересмотра</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Measures</source>
            <translation>Измеряет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Business case and KPIs: %1</source>
            <translation>Обоснование и KPI: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Add a KPI to measure the improvement.</source>
            <translation>Добавьте KPI, чтобы измерять улучшение.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Review %1</source>
            <translation>Пересмотр %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>: not measured yet</source>
            <translation>: ещё не измерен</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>: %1 against %2 on the line</source>
            <translation>: %1 при плане %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>, behind</source>
            <translation>, отстаёт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>, on track</source>
            <translation>, в графике</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Edit KPI</source>
            <translation>Изменить KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>New KPI</source>
            <translation>Новый KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Measurement</source>
            <translation>Измерение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>Import KPI measurements</source>
            <translation>Импорт измерений KPI</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source> (and %1 more problems)</source>
            <translation> (и ещё проблем: %1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>%1: no new values.</source>
            <translation>%1: новых значений нет.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/business_case.py" />
            <source>%1: %2 values imported.</source>
            <translation>%1: импортировано значений: %2.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Characteristic</source>
            <translation>Характеристика</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Measured by</source>
            <translation>Чем измеряется</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Internal</source>
            <translation>Внутренние</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>External</source>
            <translation>Внешние</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>not scored</source>
            <translation>не оценено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>n/a</source>
            <translation>неприменимо</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Score %1</source>
            <translation>Оценка %1</translation>
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>Cut %n card(s)</source>
            <translation>
                <numerusform>Вырезать %n карточку</numerusform>
                <numerusform>Вырезать %n карточки</numerusform>
                <numerusform>Вырезать %n карточек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>The clipboard holds no cards. Copy some cards first.</source>
            <translation>В буфере обмена нет карточек. Сначала скопируйте карточки.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>The clipboard holds cards this version of CX Designer cannot read.</source>
            <translation>В буфере обмена карточки, которые эта версия CX Designer не может прочитать.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>Paste %n card(s)</source>
            <translation>
                <numerusform>Вставить %n карточку</numerusform>
                <numerusform>Вставить %n карточки</numerusform>
                <numerusform>Вставить %n карточек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>This map has no stage or lane to paste into. Add a stage and a lane first.</source>
            <translation>На карте нет этапа или дорожки для вставки. Сначала добавьте этап и дорожку.</translation>
        </message>
    </context>
    <context>
        <name>CompareWith</name>
        <message>
            <location filename="../../cxdesigner/ui/compare_with.py" />
            <source>Compare with</source>
            <translation>Сравнить с</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_with.py" />
            <source>Journey maps (*.cxd *.json);;All files (*)</source>
            <translation>Карты пути (*.cxd *.json);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>Take mine</source>
            <translation>Оставить моё</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>Take theirs</source>
            <translation>Взять их вариант</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>The merge record cannot be read: %1</source>
            <translation>Запись о слиянии не читается: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>%n conflict(s) from the merge.</source>
            <translation>
                <numerusform>%n конфликт после слияния.</numerusform>
                <numerusform>%n конфликта после слияния.</numerusform>
                <numerusform>%n конфликтов после слияния.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>No merge conflicts.</source>
            <translation>Конфликтов слияния нет.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>This conflict cannot be resolved so: %1</source>
            <translation>Так этот конфликт не разрешить: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactPolicyEditor</name>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Policy segment</source>
            <translation>Сегмент политики</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Contact policy</source>
            <translation>Контактная политика</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Contacts a month</source>
            <translation>Контактов в месяц</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Useful : offer</source>
            <translation>Полезное : предложения</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Policy channel</source>
            <translation>Канал политики</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Useful share</source>
            <translation>Доля полезного</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Add channel</source>
            <translation>Добавить канал</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Add one of the map's touchpoint channels to this segment's policy</source>
            <translation>Добавить в политику сегмента один из каналов точек контакта карты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Remove channel</source>
            <translation>Убрать канал</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Content mix</source>
            <translation>Соотношение контента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Useful content</source>
            <translation>Полезный контент</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>No channels yet: add the ones this segment is reached by.</source>
            <translation>Каналов пока нет: добавьте те, через которые связываетесь с этим сегментом.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Content mix over %1 contacts a month: %2 % useful : %3 % offer</source>
            <translation>Соотношение контента на %1 контактов в месяц: %2 % полезного : %3 % предложений</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>, far from half and half.</source>
            <translation>, далеко от половины на половину.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>, close to half and half.</source>
            <translation>, близко к половине на половину.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Add policy channel</source>
            <translation>Добавить канал политики</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/contact_policy.py" />
            <source>Remove policy channel</source>
            <translation>Убрать канал политики</translation>
        </message>
    </context>
    <context>
        <name>ControlRound</name>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Date of the round</source>
            <translation>Дата обхода</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Walked by</source>
            <translation>Кто обходил</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>who walks the round</source>
            <translation>кто проводит обход</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Only touchpoints with requirements</source>
            <translation>Только точки контакта с требованиями</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>← Previous</source>
            <translation>← Предыдущая</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Next →</source>
            <translation>Следующая →</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Round of</source>
            <translation>Обход от</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>walked by</source>
            <translation>проводит</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Touchpoint %1 of %2</source>
            <translation>Точка контакта %1 из %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>No touchpoint has quality requirements yet; add them in the Quality panel.</source>
            <translation>Ни у одной точки контакта пока нет требований к качеству; добавьте их на панели «Качество».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>%1 touchpoints on the round</source>
            <translation>Точек контакта в обходе: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>(untitled touchpoint)</source>
            <translation>(точка контакта без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>This touchpoint has no quality requirements.</source>
            <translation>У этой точки контакта нет требований к качеству.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>(no text)</source>
            <translation>(без текста)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>measured</source>
            <translation>измерено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>The round's date is not a date: type it as YYYY-MM-DD.</source>
            <translation>Дата обхода — не дата: введите её как ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Record measured value</source>
            <translation>Записать измеренное значение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>first round</source>
            <translation>первый обход</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>before: %1 (%2)</source>
            <translation>раньше: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Nothing recorded on this round yet.</source>
            <translation>В этом обходе ещё ничего не записано.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>The first round: %n value(s) measured.</source>
            <translation>
                <numerusform>Первый обход: измерено %n значение.</numerusform>
                <numerusform>Первый обход: измерено %n значения.</numerusform>
                <numerusform>Первый обход: измерено %n значений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Against the round of %1: %n value(s) changed</source>
            <translation>
                <numerusform>По сравнению с обходом от %1 изменилось %n значение</numerusform>
                <numerusform>По сравнению с обходом от %1 изменилось %n значения</numerusform>
                <numerusform>По сравнению с обходом от %1 изменилось %n значений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>, %n now met</source>
            <translation>
                <numerusform>, %n теперь выполнено</numerusform>
                <numerusform>, %n теперь выполнены</numerusform>
                <numerusform>, %n теперь выполнены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>, %n no longer met</source>
            <translation>
                <numerusform>, %n больше не выполняется</numerusform>
                <numerusform>, %n больше не выполняются</numerusform>
                <numerusform>, %n больше не выполняются</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ControlRoundDialog</name>
        <message>
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Control round</source>
            <translation>Контрольный обход</translation>
        </message>
    </context>
    <context>
        <name>CustomerBaseImportDialog</name>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Import customer base from %1</source>
            <translation>Импорт клиентской базы из %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Auto</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>One row per order</source>
            <translation>Строка на заказ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>One row per customer</source>
            <translation>Строка на клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>The latest purchase</source>
            <translation>Последняя покупка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Keep the analysis</source>
            <translation>Сохранить анализ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Cannot read %1: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Order date</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Last purchase</source>
            <translation>Последняя покупка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Purchases</source>
            <translation>Покупок</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Total spent</source>
            <translation>Всего потрачено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Encoding</source>
            <translation>Кодировка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Layout</source>
            <translation>Вид файла</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Analysis date</source>
            <translation>Дата анализа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Segments</source>
            <translation>Сегменты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Column %1</source>
            <translation>Столбец %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>workbook</source>
            <translation>книга Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>%1 customers from %2 rows, as of %3.</source>
            <translation>Клиентов: %1, строк: %2, анализ на %3.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Only these figures are kept in the map, never a customer.</source>
            <translation>В карте сохраняются только эти цифры, клиенты — никогда.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Customers</source>
            <translation>Клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>% of customers</source>
            <translation>% клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>% of revenue</source>
            <translation>% выручки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Days since last purchase</source>
            <translation>Дней с последней покупки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/customer_base_import.py" />
            <source>Spent</source>
            <translation>Потрачено</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../cxdesigner/document.py" />
            <source>This project is open read-only; use Save As to edit a copy.</source>
            <translation>Проект открыт только для чтения; чтобы править копию, выберите «Сохранить как».</translation>
        </message>
    </context>
    <context>
        <name>EditOperations</name>
        <message>
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>&amp;Undo {what}</source>
            <translation>&amp;Отменить: {what}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>&amp;Redo {what}</source>
            <translation>&amp;Повторить: {what}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Copied %n card(s)</source>
            <translation>
                <numerusform>Скопирована %n карточка</numerusform>
                <numerusform>Скопированы %n карточки</numerusform>
                <numerusform>Скопировано %n карточек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Select cards to copy.</source>
            <translation>Выберите карточки для копирования.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Cut %n card(s)</source>
            <translation>
                <numerusform>Вырезана %n карточка</numerusform>
                <numerusform>Вырезаны %n карточки</numerusform>
                <numerusform>Вырезано %n карточек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Select cards to cut.</source>
            <translation>Выберите карточки, чтобы вырезать.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Paste %n picture(s)</source>
            <translation>
                <numerusform>Вставить %n картинку</numerusform>
                <numerusform>Вставить %n картинки</numerusform>
                <numerusform>Вставить %n картинок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Pasted %n card(s)</source>
            <translation>
                <numerusform>Вставлена %n карточка</numerusform>
                <numerusform>Вставлены %n карточки</numerusform>
                <numerusform>Вставлено %n карточек</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmotionChart</name>
        <message>
            <location filename="../../cxdesigner/panels/emotion_chart.py" />
            <source>Emotion curve of the chosen path</source>
            <translation>Кривая эмоций выбранного пути</translation>
        </message>
    </context>
    <context>
        <name>EmotionCurves</name>
        <message>
            <location filename="../../cxdesigner/canvas/emotion_curve.py" />
            <source>no emotion yet: drag to set it, click for neutral</source>
            <translation>эмоция ещё не задана: перетащите, чтобы задать, щелчок — нейтральная</translation>
        </message>
    </context>
    <context>
        <name>EmotionTable</name>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>−2 very negative</source>
            <translation>−2 очень негативно</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>−1 negative</source>
            <translation>−1 негативно</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>0 neutral</source>
            <translation>0 нейтрально</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>+1 positive</source>
            <translation>+1 позитивно</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>+2 very positive</source>
            <translation>+2 очень позитивно</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>Touchpoint</source>
            <translation>Точка контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>designed</source>
            <translation>целевая</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>measured</source>
            <translation>измеренная</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotion_table.py" />
            <source>An emotion lies between −2 and +2.</source>
            <translation>Эмоция лежит в пределах от −2 до +2.</translation>
        </message>
    </context>
    <context>
        <name>Emotions</name>
        <message>
            <location filename="../../cxdesigner/commands/emotions.py" />
            <source>Set emotion</source>
            <translation>Задать эмоцию</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/commands/emotions.py" />
            <source>Clear emotion</source>
            <translation>Убрать эмоцию</translation>
        </message>
    </context>
    <context>
        <name>EmotionsPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Designed emotion</source>
            <translation>Целевая эмоция</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Designed (to-be)</source>
            <translation>Целевые (to-be)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Measured (as-is)</source>
            <translation>Измеренные (as-is)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Both</source>
            <translation>Обе</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Emotion values</source>
            <translation>Значения эмоций</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Curve of the chosen path (%1 touchpoints)</source>
            <translation>Кривая выбранного пути (точек контакта: %1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Curve of the whole map, in journey order</source>
            <translation>Кривая всей карты, в порядке пути</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>(unnamed)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/emotions.py" />
            <source>Show %1</source>
            <translation>Показать: %1</translation>
        </message>
    </context>
    <context>
        <name>EntityTable</name>
        <message>
            <location filename="../../cxdesigner/panels/entity_table.py" />
            <source>The edit was refused.</source>
            <translation>Изменение отклонено.</translation>
        </message>
    </context>
    <context>
        <name>EntityTableModel</name>
        <message>
            <location filename="../../cxdesigner/panels/entity_table.py" />
            <source>Edit %1</source>
            <translation>Изменить: %1</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>As the window shows it</source>
            <translation>Как показано в окне</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Poster (PDF)</source>
            <translation>Плакат (PDF)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Report (PDF)</source>
            <translation>Отчёт (PDF)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Slides for stakeholders (PowerPoint)</source>
            <translation>Слайды для руководства (PowerPoint)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Picture of the map (PNG)</source>
            <translation>Изображение карты (PNG)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Vector picture of the map (SVG)</source>
            <translation>Векторное изображение карты (SVG)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Excel workbook: touchpoints, quality, voice, emotions (XLSX)</source>
            <translation>Книга Excel: точки контакта, качество, голос клиента, эмоции (XLSX)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Custom size</source>
            <translation>Свой размер</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Fit on one sheet</source>
            <translation>Уместить на одном листе</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Tile across sheets at a scale</source>
            <translation>Разбить на листы в масштабе</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The map's language</source>
            <translation>Язык карты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Open when done</source>
            <translation>Открыть по готовности</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Show Folder</source>
            <translation>Показать папку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>View:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Paper:</source>
            <translation>Бумага:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Size (mm):</source>
            <translation>Размер (мм):</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Orientation:</source>
            <translation>Ориентация:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Margins:</source>
            <translation>Поля:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Scale:</source>
            <translation>Масштаб:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Overlap:</source>
            <translation>Нахлёст:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Labels in:</source>
            <translation>Язык подписей:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Zoom:</source>
            <translation>Увеличение:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Save to:</source>
            <translation>Сохранить в:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>%1 sheets: %2 rows × %3 columns</source>
            <translation>Листов: %1 (рядов: %2, столбцов: %3)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>One sheet</source>
            <translation>Один лист</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Install poppler-utils (pdftoppm) to see the report's page here.</source>
            <translation>Установите poppler-utils (pdftoppm), чтобы видеть здесь страницу отчёта.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The report's first page</source>
            <translation>Первая страница отчёта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Title slide</source>
            <translation>Титульный слайд</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The whole map</source>
            <translation>Карта целиком</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>One slide per stage: %1</source>
            <translation>По слайду на этап: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The emotion curve</source>
            <translation>Кривая эмоций</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The worst moments and the improvements</source>
            <translation>Худшие моменты и улучшения</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Slides, 16:9</source>
            <translation>Слайды, 16:9</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Touchpoints: %1 rows</source>
            <translation>Точки контакта: строк — %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Requirements</source>
            <translation>Требования</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Voice of the customer</source>
            <translation>Голос клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Barriers</source>
            <translation>Барьеры</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Improvements</source>
            <translation>Улучшения</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Six sheets</source>
            <translation>Шесть листов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>untitled</source>
            <translation>без названия</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Choose a file in an existing folder to export to.</source>
            <translation>Выберите файл в существующей папке для экспорта.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>%1 is this project's own file; choose another name to export to.</source>
            <translation>%1 — это файл самого проекта; выберите для экспорта другое имя.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>%1 is read-only and was left as it is.</source>
            <translation>%1 только для чтения и оставлен как был.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Exporting…</source>
            <translation>Идёт экспорт…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Replace a read-only file?</source>
            <translation>Заменить файл только для чтения?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>%1 is marked read-only. Replace it with the export?</source>
            <translation>%1 помечен только для чтения. Заменить его экспортом?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Replace</source>
            <translation>Заменить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Exported to %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Exported to %1, but no program opened it; show its folder instead?</source>
            <translation>Экспортировано в %1, но ни одна программа его не открыла; показать его папку?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>No program could show %1 either; open it from your file manager.</source>
            <translation>Папку %1 тоже не удалось показать; откройте её в файловом менеджере.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The export failed: %1</source>
            <translation>Экспорт не удался: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Экспорт отменён, файл не записан.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" />
            <source>Cancelling…</source>
            <translation>Отменяем…</translation>
        </message>
    </context>
    <context>
        <name>FeedbackImportDialog</name>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Import feedback from %1</source>
            <translation>Импорт отзывов из %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>found by itself</source>
            <translation>определяется сам</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Auto</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>First row holds column names</source>
            <translation>В первой строке — названия столбцов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Touchpoint</source>
            <translation>Точка контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Scale from</source>
            <translation>Шкала от</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Scale to</source>
            <translation>Шкала до</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Encoding</source>
            <translation>Кодировка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Delimiter</source>
            <translation>Разделитель</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Scale when a row gives none</source>
            <translation>Шкала, если в строке её нет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Source when a row gives none</source>
            <translation>Источник, если в строке его нет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Rows that cannot be imported</source>
            <translation>Строки, которые нельзя импортировать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Cannot read %1: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>(not imported)</source>
            <translation>(не импортируется)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Column %1</source>
            <translation>Столбец %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>%1 · sheet %2 · %3 rows</source>
            <translation>%1 · лист %2 · строк: %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>%1 · encoding %2 · delimiter %3 · %4 rows</source>
            <translation>%1 · кодировка %2 · разделитель %3 · строк: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>line %1, %2: %3</source>
            <translation>строка %1, %2: %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>%1 rows are good, %2 cannot be imported. Import the good rows, or cancel and fix the file.</source>
            <translation>Хороших строк: %1, нельзя импортировать: %2. Импортируйте хорошие строки или отмените и исправьте файл.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Import the %1 good rows</source>
            <translation>Импортировать хорошие строки (%1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Every row can be imported.</source>
            <translation>Все строки можно импортировать.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Import %1 rows</source>
            <translation>Импортировать строки (%1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback_import.py" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
    </context>
    <context>
        <name>FileDrop</name>
        <message>
            <location filename="../../cxdesigner/ui/file_drop.py" />
            <source>{name} cannot be imported: {why}</source>
            <translation>{name} не удаётся импортировать: {why}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_drop.py" />
            <source>{name} cannot be read ({why}).</source>
            <translation>{name} не удаётся прочитать ({why}).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_drop.py" />
            <source>Reading {name}…</source>
            <translation>Чтение {name}…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_drop.py" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_drop.py" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_drop.py" />
            <source>Reading {name}: {rows} rows</source>
            <translation>Чтение {name}: {rows} строк</translation>
        </message>
    </context>
    <context>
        <name>Funnel</name>
        <message>
            <location filename="../../cxdesigner/panels/funnel.py" />
            <source>Reach by stage</source>
            <translation>Охват по этапам</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Zoom</source>
            <translation>Масштаб</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Ctrl+wheel or pinch</source>
            <translation>Ctrl+колесо или щипок</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Pan</source>
            <translation>Прокрутка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Middle button drag or Space+drag</source>
            <translation>Перетаскивание средней кнопкой или Пробел+перетаскивание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Select several cards</source>
            <translation>Выбрать несколько карточек</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Rubber band or Ctrl+click</source>
            <translation>Рамкой или Ctrl+щелчок</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Link two cards</source>
            <translation>Связать две карточки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Drag from a card's handle</source>
            <translation>Тянуть от маркера карточки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Add a stage, lane or card</source>
            <translation>Добавить этап, дорожку или карточку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Drag it from the palette</source>
            <translation>Перетащить из палитры</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>About CX Designer</source>
            <translation>О программе CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>CX Designer {version}</source>
            <translation>CX Designer {version}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>A desktop editor for customer journey maps: stages, touchpoints, flows, quality and emotions.
Every change is written to the project file as you make it.
The DejaVu fonts are free software (see LICENSE-DejaVu.txt).</source>
            <translation>Редактор карт пути клиента: этапы, точки контакта, связи, качество и эмоции.
Каждое изменение сразу записывается в файл проекта.
Шрифты DejaVu — свободное программное обеспечение (см. LICENSE-DejaVu.txt).</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cxdesigner/panels/inspector_fields.py" />
            <source>(several values)</source>
            <translation>(разные значения)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_fields.py" />
            <source>Card colour</source>
            <translation>Цвет карточки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_fields.py" />
            <source>Default</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_fields.py" />
            <source>Use the channel's own colour for this card</source>
            <translation>Использовать для карточки цвет её канала</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_fields.py" />
            <source>(several)</source>
            <translation>(разные)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_fields.py" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Direct</source>
            <translation>Прямой</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Indirect (e.g. a friend's review)</source>
            <translation>Косвенный (например, отзыв друга)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Digital</source>
            <translation>Цифровой</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Physical</source>
            <translation>Физический</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change channel</source>
            <translation>Изменить канал</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change direct or indirect</source>
            <translation>Изменить: прямой или косвенный</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change physical or digital</source>
            <translation>Изменить: физический или цифровой</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change owner</source>
            <translation>Изменить ответственного</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Moment of truth</source>
            <translation>Момент истины</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change moment of truth</source>
            <translation>Изменить момент истины</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Evidence</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change evidence</source>
            <translation>Изменить основание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change card colour</source>
            <translation>Изменить цвет карточки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Rename touchpoint</source>
            <translation>Переименовать точку контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit touchpoint description</source>
            <translation>Изменить описание точки контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit touchpoint notes</source>
            <translation>Изменить заметки к точке контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Touchpoint</source>
            <translation>Точка контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Changes apply to every selected card.</source>
            <translation>Изменения применяются ко всем выбранным карточкам.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Several touchpoints</source>
            <translation>Несколько точек контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>A stage's width lies between 40 and 4000; the old width stays.</source>
            <translation>Ширина этапа — от 40 до 4000; прежняя ширина сохранена.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Rename stage</source>
            <translation>Переименовать этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit stage description</source>
            <translation>Изменить описание этапа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Customer expects</source>
            <translation>Клиент ожидает</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit stage expectation</source>
            <translation>Изменить ожидание клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Resize stage</source>
            <translation>Изменить ширину этапа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>A lane's height lies between 40 and 4000; the old height stays.</source>
            <translation>Высота дорожки — от 40 до 4000; прежняя высота сохранена.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Rename lane</source>
            <translation>Переименовать дорожку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change lane kind</source>
            <translation>Изменить вид дорожки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Height</source>
            <translation>Высота</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Resize lane</source>
            <translation>Изменить высоту дорожки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Lane</source>
            <translation>Дорожка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>A share of customers lies between 0 and 100 %; the old share stays.</source>
            <translation>Доля клиентов — от 0 до 100 %; прежняя доля сохранена.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Label</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit flow label</source>
            <translation>Изменить подпись связи</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Share of customers, %</source>
            <translation>Доля клиентов, %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Change flow share</source>
            <translation>Изменить долю клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Flow</source>
            <translation>Связь</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Rename map</source>
            <translation>Переименовать карту</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit map description</source>
            <translation>Изменить описание карты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Nothing is selected: these are the map's own details.</source>
            <translation>Ничего не выбрано: это свойства самой карты.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Edit external condition</source>
            <translation>Изменить внешнее условие</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>What outside the company shapes the customer's experience at this stage.</source>
            <translation>Что вне компании влияет на опыт клиента на этом этапе.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>External condition</source>
            <translation>Внешнее условие</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Several things</source>
            <translation>Несколько элементов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector_pages.py" />
            <source>Select things of one kind to edit them together.</source>
            <translation>Чтобы править вместе, выберите элементы одного вида.</translation>
        </message>
    </context>
    <context>
        <name>InspectorPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>Inspector</source>
            <translation>Свойства</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n точка контакта</numerusform>
                <numerusform>%n точки контакта</numerusform>
                <numerusform>%n точек контакта</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>One item selected</source>
            <translation>Выбран один элемент</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>This is edited in its own panel.</source>
            <translation>Это правится на своей панели.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>%n things selected</source>
            <translation>
                <numerusform>Выбран %n элемент</numerusform>
                <numerusform>Выбрано %n элемента</numerusform>
                <numerusform>Выбрано %n элементов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>Select things of one kind to edit them together.</source>
            <translation>Чтобы править вместе, выберите элементы одного вида.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>From “{source}” to “{target}”</source>
            <translation>От «{source}» к «{target}»</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;New</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Start a new journey map in a new window</source>
            <translation>Начать новую карту пути клиента в новом окне</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Open a project file</source>
            <translation>Открыть файл проекта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Clear list</source>
            <translation>&amp;Очистить список</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Save &amp;As…</source>
            <translation>Сохранить &amp;как…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Keep this map under a new name</source>
            <translation>Сохранить эту карту под новым именем</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Write the map as a PDF poster or report, or as a picture</source>
            <translation>Сохранить карту как плакат или отчёт в PDF или как изображение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Print the poster, on one page or tiled, or the report</source>
            <translation>Напечатать плакат (на одном листе или по частям) или отчёт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Co&amp;mpare with…</source>
            <translation>Сра</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Show what differs between another map file and this one</source>
            <translation>Показать, чем другой файл карты отличается от этой</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Close this window</source>
            <translation>Закрыть это окно</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Close every window and quit</source>
            <translation>Закрыть все окна и выйти</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Move the selected cards to the clipboard</source>
            <translation>Перенести выбранные карточки в буфер обмена</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Copy the selected cards</source>
            <translation>Копировать выбранные карточки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Paste cards from the clipboard</source>
            <translation>Вставить карточки из буфера обмена</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Delete the selection</source>
            <translation>Удалить выделенное</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Select &amp;All</source>
            <translation>Выделить &amp;всё</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;100 %</source>
            <translation>&amp;100 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Fit Map</source>
            <translation>Вся &amp;карта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Show the whole map</source>
            <translation>Показать всю карту</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Colour Cards by &amp;Owner</source>
            <translation>Цвет карточек по &amp;ответственным</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>One colour per department: hand-offs between owners show as a change of colour</source>
            <translation>Свой цвет у каждого отдела: передача клиента между ответственными видна как смена цвета</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Flow &amp;Widths by Customers</source>
            <translation>&amp;Ширина переходов по доле клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Draw each flow as wide as the share of customers on it, from the flows' shares</source>
            <translation>Рисовать каждый переход шириной по доле клиентов на нём (по долям переходов)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Workshop Mode</source>
            <translation>&amp;Режим воркшопа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Full screen, one stage at a time, safe from accidental edits (Esc leaves)</source>
            <translation>Во весь экран, по одному этапу, без случайных правок (Esc — выход)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Language, theme, default paper size and recent projects</source>
            <translation>Язык, оформление, размер бумаги по умолчанию и недавние проекты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;About CX Designer</source>
            <translation>&amp;О программе CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Panels</source>
            <translation>&amp;Панели</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/actions.py" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Import Customer &amp;Base…</source>
            <translation>Импорт клиентской &amp;базы…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Analyse a customer file into RFM segments</source>
            <translation>Разбить клиентскую базу на RFM-сегменты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Palette</source>
            <translation>Палитра</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Свойства</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Voice of the customer</source>
            <translation>Голос клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Analysis</source>
            <translation>Анализ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Barriers</source>
            <translation>Барьеры</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>CX strategy</source>
            <translation>CX-стратегия</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Revisions</source>
            <translation>Версии</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Personas</source>
            <translation>Персоны</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>%n selected</source>
            <translation>
                <numerusform>Выбран %n</numerusform>
                <numerusform>Выбрано %n</numerusform>
                <numerusform>Выбрано %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Nothing selected</source>
            <translation>Ничего не выбрано</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Zoom {percent} %</source>
            <translation>Масштаб {percent} %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Untitled map</source>
            <translation>Карта без названия</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>{title} [read-only]</source>
            <translation>{title} [только чтение]</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>{title} — CX Designer</source>
            <translation>{title} — CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>No recent projects</source>
            <translation>Нет недавних проектов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>This project is already saved there: every change is written as you make it.</source>
            <translation>Проект уже сохранён там: каждое изменение записывается сразу.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>Saved as {path}</source>
            <translation>Сохранено как {path}</translation>
        </message>
    </context>
    <context>
        <name>MapKeys</name>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Add a card after the selected one and rename it; in link mode, link</source>
            <translation>Добавить карточку после выбранной и переименовать её; в режиме связи — связать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Insert a stage after the selected stage</source>
            <translation>Вставить этап после выбранного</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Ctrl+Shift+Enter</source>
            <translation>Ctrl+Shift+Enter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Insert a lane below the selected lane</source>
            <translation>Вставить дорожку под выбранной</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Rename the selected card, stage, lane or arrow label</source>
            <translation>Переименовать выбранную карточку, этап, дорожку или подпись стрелки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Delete the selection in one step</source>
            <translation>Удалить выделенное одним действием</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Arrow keys</source>
            <translation>Стрелки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Select the nearest card in that direction</source>
            <translation>Выбрать ближайшую карточку в этом направлении</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Alt+Arrow keys</source>
            <translation>Alt+стрелки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Move the selected cards to the next stage or place</source>
            <translation>Перенести выбранные карточки на соседний этап или место</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Link from the selected card: choose the next card, press Enter</source>
            <translation>Связь от выбранной карточки: выберите следующую и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Ctrl+A</source>
            <translation>Ctrl+A</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Select every card</source>
            <translation>Выбрать все карточки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/keys.py" />
            <source>Leave link mode, else clear the selection</source>
            <translation>Выйти из режима связи, иначе снять выделение</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>This project is open read-only; use Save As to edit a copy.</source>
            <translation>Проект открыт только для чтения; чтобы править копию, выберите «Сохранить как».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <location filename="../../cxdesigner/canvas/scene.py" />
            <source>The map is locked against edits.</source>
            <translation>Карта заблокирована от изменений.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Add a stage and a lane first.</source>
            <translation>Сначала добавьте этап и дорожку.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>New touchpoint</source>
            <translation>Новая точка контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Add touchpoint</source>
            <translation>Добавить точку контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>New condition</source>
            <translation>Новое условие</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Add external condition</source>
            <translation>Добавить внешнее условие</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>New stage</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>New lane</source>
            <translation>Новая дорожка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Add lane</source>
            <translation>Добавить дорожку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Select the card to link from first.</source>
            <translation>Сначала выберите карточку, от которой проводится связь.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Linking: select the next card with the arrow keys and press Enter (Esc cancels).</source>
            <translation>Связь: выберите следующую карточку стрелками и нажмите Enter (Esc — отмена).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <location filename="../../cxdesigner/canvas/connect_tool.py" />
            <source>Link touchpoints</source>
            <translation>Связать точки контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <location filename="../../cxdesigner/canvas/move_tool.py" />
            <source>Move touchpoints</source>
            <translation>Переместить точки контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/actions.py" />
            <source>Select cards of one cell to move them up or down.</source>
            <translation>Чтобы двигать карточки вверх или вниз, выберите карточки одной ячейки.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/header_tool.py" />
            <source>Move stage</source>
            <translation>Переместить этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/header_tool.py" />
            <source>Move lane</source>
            <translation>Переместить дорожку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/header_tool.py" />
            <source>Resize stage</source>
            <translation>Изменить ширину этапа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/header_tool.py" />
            <source>Resize lane</source>
            <translation>Изменить высоту дорожки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/indicator.py" />
            <source>Drag a channel from the palette into a cell, or press Enter to add a touchpoint.</source>
            <translation>Перетащите канал из палитры в ячейку или нажмите Enter, чтобы добавить точку контакта.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/move_tool.py" />
            <source>The cards do not fit there: one would leave the map or land in the emotions lane.</source>
            <translation>Карточки туда не помещаются: одна из них вышла бы за пределы карты или попала бы в дорожку эмоций.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/rename_tool.py" />
            <source>A title cannot be empty; press Esc to keep the old one.</source>
            <translation>Название не может быть пустым; нажмите Esc, чтобы оставить прежнее.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/rename_tool.py" />
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../cxdesigner/canvas/view.py" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/view.py" />
            <source>Stages across, lanes down, touchpoint cards in the cells</source>
            <translation>Этапы по горизонтали, дорожки по вертикали, карточки точек контакта в ячейках</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Advert</source>
            <translation>Реклама</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>E-mail</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Social network</source>
            <translation>Социальная сеть</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Chat or feedback form</source>
            <translation>Чат или форма связи</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Messenger</source>
            <translation>Мессенджер</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Shop or sales point</source>
            <translation>Магазин или точка продаж</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Courier or delivery</source>
            <translation>Курьер или доставка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Product or packaging</source>
            <translation>Товар или упаковка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Staff</source>
            <translation>Персонал</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Printed matter</source>
            <translation>Печатная продукция</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Word of mouth or review</source>
            <translation>Сарафанное радио или отзыв</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Customer actions</source>
            <translation>Действия клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Frontstage</source>
            <translation>На сцене</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Backstage</source>
            <translation>За кулисами</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Barriers</source>
            <translation>Барьеры</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Ideas</source>
            <translation>Идеи</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Free text</source>
            <translation>Свободный текст</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Storyboard</source>
            <translation>Раскадровка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>External conditions</source>
            <translation>Внешние условия</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Hypothesis</source>
            <translation>Гипотеза</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Reported</source>
            <translation>Со слов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Observed</source>
            <translation>Наблюдение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/names.py" />
            <source>Measured</source>
            <translation>Измерение</translation>
        </message>
    </context>
    <context>
        <name>Note</name>
        <message>
            <location filename="../../cxdesigner/canvas/note.py" />
            <source>(external condition)</source>
            <translation>(внешнее условие)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/note.py" />
            <source>(barrier)</source>
            <translation>(барьер)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/note.py" />
            <source>(improvement)</source>
            <translation>(улучшение)</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>CX Designer</source>
            <translation>CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Project in use</source>
            <translation>Проект занят</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Open a copy</source>
            <translation>Открыть копию</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Open project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Save project as</source>
            <translation>Сохранить проект как</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>CX Designer projects (*.cxd)</source>
            <translation>Проекты CX Designer (*.cxd)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>copy</source>
            <translation>копия</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/opening.py" />
            <source>Sample journey</source>
            <translation>Пример карты</translation>
        </message>
    </context>
    <context>
        <name>PalettePanel</name>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Palette</source>
            <translation>Палитра</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Map structure</source>
            <translation>Структура карты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Stage: drag into the map to insert a column there, or double-click to add one after the selection.</source>
            <translation>Этап: перетащите на карту, чтобы вставить там столбец, или дважды щёлкните, чтобы добавить его после выделенного.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Lane</source>
            <translation>Дорожка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Lane: drag into the map to insert a row there, or double-click to add one below the selection.</source>
            <translation>Дорожка: перетащите на карту, чтобы вставить там строку, или дважды щёлкните, чтобы добавить её под выделенной.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Touchpoint channels</source>
            <translation>Каналы точек контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>{name}: drag into a cell to add a touchpoint, or double-click to add one at the selection.</source>
            <translation>{name}: перетащите в ячейку, чтобы добавить точку контакта, или дважды щёлкните, чтобы добавить её у выделенного.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Structure</source>
            <translation>Структура</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/palette.py" />
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Personas</source>
            <translation>Персоны</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Tick a persona to show its emotion curve on the map</source>
            <translation>Отметьте персону, чтобы показать её кривую эмоций на карте</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Add persona</source>
            <translation>Добавить персону</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Add a persona with the nine core expectations</source>
            <translation>Добавить персону с девятью ключевыми ожиданиями</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Delete persona</source>
            <translation>Удалить персону</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Persona name</source>
            <translation>Имя персоны</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Persona description</source>
            <translation>Описание персоны</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Segment notes</source>
            <translation>Заметки о сегменте</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>e.g. RFM: recent, frequent, high spend</source>
            <translation>например, RFM: недавно, часто, крупный чек</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Expectations</source>
            <translation>Ожидания</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Tick what the business meets; double-click to edit the text</source>
            <translation>Отметьте то, что бизнес выполняет; двойной щелчок — изменить текст</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Add expectation</source>
            <translation>Добавить ожидание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Remove expectation</source>
            <translation>Убрать ожидание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Stage of the expectation</source>
            <translation>Этап ожидания</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>The stage of the journey this expectation belongs to</source>
            <translation>Этап пути клиента, к которому относится это ожидание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Customer segment</source>
            <translation>Сегмент клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>The RFM segment of the customer base this persona is drawn for</source>
            <translation>RFM-сегмент клиентской базы, для которого нарисована эта персона</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Import customer base…</source>
            <translation>Клиентская база…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Analyse a customer file (CSV or Excel) into RFM segments</source>
            <translation>Разбить клиентскую базу (CSV или Excel) на RFM-сегменты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Persona from segment</source>
            <translation>Персона из сегмента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Make a persona for a segment of the newest analysis</source>
            <translation>Создать персону для сегмента последнего анализа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Core expectations (in italics: our addition to the articles' eight)</source>
            <translation>Ключевые ожидания (курсивом — наше дополнение к восьми из статей)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Contact and content policy of a segment</source>
            <translation>Контактная и контент-политика сегмента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Rename persona</source>
            <translation>Переименовать персону</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Edit segment</source>
            <translation>Изменить сегмент</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Edit persona</source>
            <translation>Изменить персону</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Persona colour</source>
            <translation>Цвет персоны</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>(unnamed)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Our addition: the articles name eight expectations, one for each stage.</source>
            <translation>Наше дополнение: статьи называют восемь ожиданий, по одному на этап.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Add a persona to score its expectations.</source>
            <translation>Добавьте персону, чтобы оценить её ожидания.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>(no stage)</source>
            <translation>(без этапа)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>(untitled stage)</source>
            <translation>(этап без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Expectation's stage</source>
            <translation>Этап ожидания</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>No analysis of the customer base yet (cxdesigner rfm).</source>
            <translation>Анализа клиентской базы пока нет (cxdesigner rfm).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Import customer base</source>
            <translation>Импорт клиентской базы</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Customer files (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Файлы клиентов (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source> Since the analysis as of %1: %2 customers, %3 revenue.</source>
            <translation> С анализа на %1: клиентов %2, выручка %3.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>%1 customers (%2 %), %3 % of revenue; on average %4 days since the last purchase, %5 purchases, %6 spent</source>
            <translation>Клиентов: %1 (%2 %), %3 % выручки; в среднем %4 дн. с последней покупки, покупок: %5, потрачено %6</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Link customer segment</source>
            <translation>Связать с сегментом клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>%1 of %2 expectations met</source>
            <translation>Выполнено ожиданий: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>: true loyalty is kept.</source>
            <translation>: истинная лояльность сохраняется.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>: true loyalty needs %1.</source>
            <translation>: для истинной лояльности нужно %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>New persona</source>
            <translation>Новая персона</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Tick expectation</source>
            <translation>Отметить ожидание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>Edit expectation</source>
            <translation>Изменить ожидание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/personas.py" />
            <source>New expectation</source>
            <translation>Новое ожидание</translation>
        </message>
    </context>
    <context>
        <name>PictureDrop</name>
        <message>
            <location filename="../../cxdesigner/canvas/picture_drop.py" />
            <source>New touchpoint</source>
            <translation>Новая точка контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/picture_drop.py" />
            <source>Add touchpoint with picture</source>
            <translation>Добавить точку контакта с картинкой</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/picture_drop.py" />
            <source>Add %n picture(s)</source>
            <translation>
                <numerusform>Добавить %n картинку</numerusform>
                <numerusform>Добавить %n картинки</numerusform>
                <numerusform>Добавить %n картинок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PictureIntake</name>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} is larger than {mb} MB.</source>
            <translation>{name} больше {mb} МБ.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} could not be read: {why}</source>
            <translation>Не удалось прочитать {name}: {why}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>The pasted picture</source>
            <translation>Вставленная картинка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} is an SVG drawing; SVG can carry scripts, so it is not taken as a picture.</source>
            <translation>{name} — рисунок SVG; в SVG могут быть скрипты, поэтому он не принимается как картинка.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} is not a picture Qt can read (PNG, JPEG, WebP...).</source>
            <translation>{name} — не картинка, которую можно прочитать (PNG, JPEG, WebP...).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} is damaged: its size cannot be read.</source>
            <translation>{name} повреждён: не удаётся прочитать его размер.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} claims {w} x {h} pixels, more than any photo; it is refused unopened.</source>
            <translation>{name} заявляет {w} × {h} пикселей — больше любой фотографии; файл отклонён, не открываясь.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>{name} is damaged: {why}</source>
            <translation>{name} повреждён: {why}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>The clipboard holds no picture.</source>
            <translation>В буфере обмена нет картинки.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/picture_intake.py" />
            <source>The picture could not be encoded: {why}</source>
            <translation>Не удалось закодировать картинку: {why}</translation>
        </message>
    </context>
    <context>
        <name>PictureList</name>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Add Picture</source>
            <translation>Добавить картинку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Pictures ({kinds})</source>
            <translation>Картинки ({kinds})</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Pictures</source>
            <translation>Картинки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Add Picture…</source>
            <translation>Добавить картинку…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Caption</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>(no caption)</source>
            <translation>(без подписи)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Drop a picture on the card, paste one, or add it here.</source>
            <translation>Перетащите картинку на карточку, вставьте её или добавьте здесь.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} пикс.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>kept at {w} × {h} px, {kb} KB</source>
            <translation>хранится {w} × {h} пикс., {kb} КБ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>pasted</source>
            <translation>вставлена</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Add %n picture(s)</source>
            <translation>
                <numerusform>Добавить %n картинку</numerusform>
                <numerusform>Добавить %n картинки</numerusform>
                <numerusform>Добавить %n картинок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Remove picture</source>
            <translation>Убрать картинку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Edit picture caption</source>
            <translation>Изменить подпись картинки</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>As the system ({language})</source>
            <translation>Как в системе ({language})</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>The language of menus, panels and messages</source>
            <translation>Язык меню, панелей и сообщений</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Light</source>
            <translation>Светлое</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Dark</source>
            <translation>Тёмное</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Projector: high contrast, large type</source>
            <translation>Проектор: высокий контраст, крупный шрифт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>How the window looks; workshop mode always uses the projector theme</source>
            <translation>Как выглядит окно; в режиме воркшопа всегда используется оформление «Проектор»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>The paper a new poster or report starts on</source>
            <translation>Бумага, с которой начинается новый постер или отчёт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>The projects under File &gt; Open Recent</source>
            <translation>Проекты в меню «Файл &gt; Недавние»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>&amp;Clear the list</source>
            <translation>&amp;Очистить список</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Forget every recent project (the files stay where they are)</source>
            <translation>Забыть все недавние проекты (файлы остаются на месте)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>The last {steps} steps, holding at most {megabytes} MB; the oldest go first</source>
            <translation>Последние {steps} шагов, не больше {megabytes} МБ; самые старые уходят первыми</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>How far Edit &gt; Undo reaches back in one session</source>
            <translation>Насколько далеко назад достаёт Правка &gt; Отменить за один сеанс</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>&amp;Theme:</source>
            <translation>&amp;Оформление:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Default &amp;paper size:</source>
            <translation>Размер &amp;бумаги по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>&amp;Recent projects:</source>
            <translation>&amp;Недавние проекты:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences_dialog.py" />
            <source>Undo history:</source>
            <translation>История отмены:</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>Workshop mode status</source>
            <translation>Состояние режима воркшопа</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>The map is locked: press F9 to unlock it.</source>
            <translation>Карта заблокирована: нажмите F9, чтобы разблокировать.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>This map has no saved views (View &gt; Saved Views).</source>
            <translation>У этой карты нет сохранённых видов (Вид &gt; Сохранённые виды).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>View: {name}</source>
            <translation>Вид: {name}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>Stage {n} of {count}: {title}</source>
            <translation>Этап {n} из {count}: {title}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>Locked (F9 unlocks)</source>
            <translation>Заблокировано (F9 — разблокировать)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>Editing: type to add a card</source>
            <translation>Правка: начните печатать, чтобы добавить карточку</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" />
            <source>Esc leaves</source>
            <translation>Esc — выход</translation>
        </message>
    </context>
    <context>
        <name>PrintMapDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>The poster, fitted on one page</source>
            <translation>Плакат целиком на одном листе</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>The poster at 100 %, tiled across pages with cut marks</source>
            <translation>Плакат в масштабе 100 % по частям на нескольких листах, с метками обреза</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>The report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>Пред&amp;просмотр…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>Print:</source>
            <translation>Напечатать:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>Print preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n страница отправлена на печать.</numerusform>
                <numerusform>%n страницы отправлены на печать.</numerusform>
                <numerusform>%n страниц отправлено на печать.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" />
            <source>Install poppler-utils (pdftoppm and pdftotext) to print.</source>
            <translation>Для печати установите poppler-utils (pdftoppm и pdftotext).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" />
            <source>The pages could not be read for printing ({reason}).</source>
            <translation>Не удалось прочитать страницы для печати ({reason}).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" />
            <source>A page could not be drawn for printing ({reason}).</source>
            <translation>Не удалось нарисовать страницу для печати ({reason}).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" />
            <source>The printer could not be started.</source>
            <translation>Не удалось запустить печать.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" />
            <source>The printer refused page {page}.</source>
            <translation>Принтер не принял страницу {page}.</translation>
        </message>
    </context>
    <context>
        <name>QualityNames</name>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>at least (≥)</source>
            <translation>не менее (≥)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>at most (≤)</source>
            <translation>не более (≤)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>equals (=)</source>
            <translation>равно (=)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>yes / no</source>
            <translation>да / нет</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>met</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>not met</source>
            <translation>не выполнено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>not checked</source>
            <translation>не проверено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Survey</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Interview</source>
            <translation>Интервью</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Review</source>
            <translation>Отзыв</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Complaint</source>
            <translation>Жалоба</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Chat rating</source>
            <translation>Оценка чата</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Call rating</source>
            <translation>Оценка звонка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>Observation</source>
            <translation>Наблюдение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>No requirements</source>
            <translation>Нет требований</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>%1 of %2 met (%3 %)</source>
            <translation>Выполнено %1 из %2 (%3 %)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>%1 not met</source>
            <translation>не выполнено: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality_names.py" />
            <source>%1 not checked</source>
            <translation>не проверено: %1</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Requirement</source>
            <translation>Требование</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Comparison</source>
            <translation>Сравнение</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Measured</source>
            <translation>Измерено</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Checked on</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Quality requirements of the selected touchpoint</source>
            <translation>Требования к качеству выбранной точки контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Highlight failing on the map</source>
            <translation>Подсветить невыполненные на карте</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Control round…</source>
            <translation>Контрольный обход…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Select a touchpoint to see its quality requirements.</source>
            <translation>Выберите точку контакта, чтобы увидеть её требования к качеству.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>(untitled touchpoint)</source>
            <translation>(точка контакта без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Whole map: %1</source>
            <translation>Вся карта: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>(untitled stage)</source>
            <translation>(этап без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Stage %1: %2</source>
            <translation>Этап %1: %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Add quality requirement</source>
            <translation>Добавить требование к качеству</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/quality.py" />
            <source>Delete quality requirement</source>
            <translation>Удалить требование к качеству</translation>
        </message>
    </context>
    <context>
        <name>RequirementHistory</name>
        <message>
            <location filename="../../cxdesigner/panels/round_history.py" />
            <source>Trend of the measured value over the control rounds</source>
            <translation>Динамика измеренного значения по контрольным обходам</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/round_history.py" />
            <source>Choose a requirement to see its history over the control rounds.</source>
            <translation>Выберите требование, чтобы увидеть его историю по контрольным обходам.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/round_history.py" />
            <source>No control round has measured it yet.</source>
            <translation>Ни один контрольный обход его ещё не измерял.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/round_history.py" />
            <source>%n control round(s): </source>
            <translation>
                <numerusform>%n контрольный обход: </numerusform>
                <numerusform>%n контрольных обхода: </numerusform>
                <numerusform>%n контрольных обходов: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevisionsPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Label, e.g. Spring mapping</source>
            <translation>Подпись, например «Весеннее картирование»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Take snapshot</source>
            <translation>Сделать снимок</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Snapshot label</source>
            <translation>Подпись снимка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Snapshots</source>
            <translation>Снимки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Delete snapshot</source>
            <translation>Удалить снимок</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Highlight changes on the map</source>
            <translation>Подсветить изменения на карте</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Compare</source>
            <translation>Сравнить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>with</source>
            <translation>с</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Differences</source>
            <translation>Различия</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Snapshot of %1</source>
            <translation>Снимок от %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>the map now</source>
            <translation>картой сейчас</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>file %1</source>
            <translation>файл %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Six months have passed since the last mapping (%1, %2): map the journey again and compare.</source>
            <translation>С последнего картирования (%1, %2) прошло полгода: обновите карту пути и сравните.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Last mapping: %1, %2. The next is due by %3.</source>
            <translation>Последнее картирование: %1, %2. Следующее — до %3.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>Take a snapshot now; in a few months, compare the map with it.</source>
            <translation>Сделайте снимок сейчас, а через несколько месяцев сравните с ним карту.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>This snapshot cannot be read: %1</source>
            <translation>Этот снимок нельзя прочитать: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/revisions.py" />
            <source>No differences.</source>
            <translation>Различий нет.</translation>
        </message>
    </context>
    <context>
        <name>SavedViews</name>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Saved &amp;Views</source>
            <translation>Сохранённые &amp;виды</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>&amp;Save Current View As…</source>
            <translation>&amp;Сохранить текущий вид как…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Keep the lanes, personas, emotions, path and zoom shown now under a name</source>
            <translation>Сохранить под именем показанные сейчас дорожки, персоны, эмоции, путь и масштаб</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>&amp;Whole Map</source>
            <translation>&amp;Вся карта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Show every lane and persona again</source>
            <translation>Снова показать все дорожки и персоны</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>&amp;Rename View…</source>
            <translation>&amp;Переименовать вид…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>&amp;Delete View</source>
            <translation>&amp;Удалить вид</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>&amp;Lanes Shown</source>
            <translation>Показанные &amp;дорожки</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>(untitled lane)</source>
            <translation>(дорожка без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>View: {name}</source>
            <translation>Вид: {name}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Save View</source>
            <translation>Сохранить вид</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Name of the view:</source>
            <translation>Название вида:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Save view “{name}”</source>
            <translation>Сохранить вид «{name}»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>A view called “{name}” exists. Replace it?</source>
            <translation>Вид «{name}» уже есть. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Rename View</source>
            <translation>Переименовать вид</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>New name of the view:</source>
            <translation>Новое название вида:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Another view is called “{name}”.</source>
            <translation>Другой вид уже называется «{name}».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Rename view</source>
            <translation>Переименовать вид</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/saved_views.py" />
            <source>Delete view</source>
            <translation>Удалить вид</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/help.py" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
    </context>
    <context>
        <name>StrategyPanel</name>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>CX strategy checklist</source>
            <translation>Чек-лист CX-стратегии</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>Score the map against what a good CX strategy is checked for.</source>
            <translation>Оцените карту по критериям хорошей стратегии клиентского опыта.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/strategy.py" />
            <source>%1: %2 of 5 (%3 of %4 scored, %5 n/a)</source>
            <translation>%1: %2 из 5 (оценено %3 из %4, неприменимо: %5)</translation>
        </message>
    </context>
    <context>
        <name>VoicePanel</name>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Type the scale as lowest–highest, e.g. 1–5.</source>
            <translation>Введите шкалу как «наименьшее–наибольшее», например 1–5.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>(unnamed)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Scale</source>
            <translation>Шкала</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>No scored feedback yet.</source>
            <translation>Оценённых отзывов пока нет.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Mean %1 on %2–%3 (%4 on −2…+2)</source>
            <translation>Среднее %1 по шкале %2–%3 (%4 по шкале −2…+2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Mean %1 on −2…+2</source>
            <translation>Среднее %1 по шкале −2…+2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>%1 scored</source>
            <translation>с оценкой: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>spread %1</source>
            <translation>разброс %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Feedback at the selected touchpoint</source>
            <translation>Отзывы о выбранной точке контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Import CSV…</source>
            <translation>Импорт CSV…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Select a touchpoint to see what customers said about it.</source>
            <translation>Выберите точку контакта, чтобы увидеть, что о ней говорят клиенты.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>(untitled touchpoint)</source>
            <translation>(точка контакта без названия)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Add feedback</source>
            <translation>Добавить отзыв</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Delete feedback</source>
            <translation>Удалить отзыв</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>Import feedback from CSV</source>
            <translation>Импорт отзывов из CSV</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/panels/feedback.py" />
            <source>CSV files or Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Файлы CSV или книги Excel (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Welcome — CX Designer</source>
            <translation>Добро пожаловать — CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>CX Designer</source>
            <translation>CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Customer journey maps: stages, touchpoints, quality, emotions, barriers.</source>
            <translation>Карты пути клиента: этапы, точки контакта, качество, эмоции, барьеры.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Blank map</source>
            <translation>Пустая карта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Eight stages, with what customers expect</source>
            <translation>Восемь этапов с ожиданиями клиентов</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Online shop, with its typical touchpoints</source>
            <translation>Интернет-магазин с типичными точками контакта</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>The sample: a T-shirt shop, fully worked</source>
            <translation>Пример: магазин футболок, полностью проработанный</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Start a new map</source>
            <translation>Начать новую карту</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Language of the template:</source>
            <translation>Язык шаблона:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>Recent projects</source>
            <translation>Недавние проекты</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>{title}
{name} · {changed}</source>
            <translation>{title}
{name} · {changed}</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/welcome.py" />
            <source>No recent projects yet</source>
            <translation>Недавних проектов пока нет</translation>
        </message>
    </context>
    <context>
        <name>WriteFailedBanner</name>
        <message>
            <location filename="../../cxdesigner/ui/banner.py" />
            <source>Warning</source>
            <translation>Внимание</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/banner.py" />
            <source>Save As…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/banner.py" />
            <source>Hide this warning</source>
            <translation>Скрыть это предупреждение</translation>
        </message>
    </context>
</TS>
