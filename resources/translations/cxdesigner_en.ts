<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AnalysisPanel</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n paths</source>
            <translation>
                <numerusform>%n path</numerusform>
                <numerusform>%n paths</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>from %n entries</source>
            <translation>
                <numerusform>from %n entry</numerusform>
                <numerusform>from %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>to %n exits</source>
            <translation>
                <numerusform>to %n exit</numerusform>
                <numerusform>to %n exits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n warnings</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n notes</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/analysis.py" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n touchpoint</numerusform>
                <numerusform>%n touchpoints</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>Cut %n card(s)</source>
            <translation>
                <numerusform>Cut %n card</numerusform>
                <numerusform>Cut %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard.py" />
            <source>Paste %n card(s)</source>
            <translation>
                <numerusform>Paste %n card</numerusform>
                <numerusform>Paste %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/conflicts.py" />
            <source>%n conflict(s) from the merge.</source>
            <translation>
                <numerusform>%n conflict from the merge.</numerusform>
                <numerusform>%n conflicts from the merge.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ControlRound</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>The first round: %n value(s) measured.</source>
            <translation>
                <numerusform>The first round: %n value measured.</numerusform>
                <numerusform>The first round: %n values measured.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>Against the round of %1: %n value(s) changed</source>
            <translation>
                <numerusform>Against the round of %1: %n value changed</numerusform>
                <numerusform>Against the round of %1: %n values changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>, %n now met</source>
            <translation>
                <numerusform>, %n now met</numerusform>
                <numerusform>, %n now met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/control_round.py" />
            <source>, %n no longer met</source>
            <translation>
                <numerusform>, %n no longer met</numerusform>
                <numerusform>, %n no longer met</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditOperations</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Copied %n card(s)</source>
            <translation>
                <numerusform>Copied %n card</numerusform>
                <numerusform>Copied %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Cut %n card(s)</source>
            <translation>
                <numerusform>Cut %n card</numerusform>
                <numerusform>Cut %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Paste %n picture(s)</source>
            <translation>
                <numerusform>Paste %n picture</numerusform>
                <numerusform>Paste %n pictures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/edit_ops.py" />
            <source>Pasted %n card(s)</source>
            <translation>
                <numerusform>Pasted %n card</numerusform>
                <numerusform>Pasted %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorPanel</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n touchpoint</numerusform>
                <numerusform>%n touchpoints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/inspector.py" />
            <source>%n things selected</source>
            <translation>
                <numerusform>%n thing selected</numerusform>
                <numerusform>%n things selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PictureDrop</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/picture_drop.py" />
            <source>Add %n picture(s)</source>
            <translation>
                <numerusform>Add %n picture</numerusform>
                <numerusform>Add %n pictures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PictureList</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/picture_list.py" />
            <source>Add %n picture(s)</source>
            <translation>
                <numerusform>Add %n picture</numerusform>
                <numerusform>Add %n pictures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintMapDialog</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/print_dialog.py" />
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n page sent to the printer.</numerusform>
                <numerusform>%n pages sent to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequirementHistory</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/panels/round_history.py" />
            <source>%n control round(s): </source>
            <translation>
                <numerusform>%n control round: </numerusform>
                <numerusform>%n control rounds: </numerusform>
            </translation>
        </message>
    </context>
</TS>
