# Generated from forms/sheet_form.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheet_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

class Ui_SheetForm(object):
    def setupUi(self, SheetForm):
        if not SheetForm.objectName():
            SheetForm.setObjectName(u"SheetForm")
        SheetForm.resize(760, 420)
        self.sheetNoError = QLabel(SheetForm)
        self.sheetNoError.setObjectName(u"sheetNoError")
        self.sheetNoError.setVisible(False)
        self.startYearError = QLabel(SheetForm)
        self.startYearError.setObjectName(u"startYearError")
        self.startYearError.setVisible(False)
        self.endYearError = QLabel(SheetForm)
        self.endYearError.setObjectName(u"endYearError")
        self.endYearError.setVisible(False)
        self.budgetError = QLabel(SheetForm)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setVisible(False)
        self.formLayout = QGridLayout(SheetForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(6)
        self.formLayout.setVerticalSpacing(4)
        self.fieldLabel = QLabel(SheetForm)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.formLayout.addWidget(self.fieldLabel, 0, 0, 1, 1)

        self.field = QLineEdit(SheetForm)
        self.field.setObjectName(u"field")

        self.formLayout.addWidget(self.field, 0, 1, 1, 1)

        self.departmentsLabel = QLabel(SheetForm)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.formLayout.addWidget(self.departmentsLabel, 0, 2, 1, 1)

        self.departments = QLineEdit(SheetForm)
        self.departments.setObjectName(u"departments")

        self.formLayout.addWidget(self.departments, 0, 3, 1, 1)

        self.sectionsLabel = QLabel(SheetForm)
        self.sectionsLabel.setObjectName(u"sectionsLabel")

        self.formLayout.addWidget(self.sectionsLabel, 0, 4, 1, 1)

        self.sections = QLineEdit(SheetForm)
        self.sections.setObjectName(u"sections")

        self.formLayout.addWidget(self.sections, 0, 5, 1, 1)

        self.itemsLabel = QLabel(SheetForm)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.formLayout.addWidget(self.itemsLabel, 1, 0, 1, 1)

        self.items = QLineEdit(SheetForm)
        self.items.setObjectName(u"items")

        self.formLayout.addWidget(self.items, 1, 1, 1, 3)

        self.sheetNoLabel = QLabel(SheetForm)
        self.sheetNoLabel.setObjectName(u"sheetNoLabel")

        self.formLayout.addWidget(self.sheetNoLabel, 1, 4, 1, 1)

        self.sheetNo = QLineEdit(SheetForm)
        self.sheetNo.setObjectName(u"sheetNo")

        self.formLayout.addWidget(self.sheetNo, 1, 5, 1, 1)

        self.nameLabel = QLabel(SheetForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.addWidget(self.nameLabel, 2, 0, 1, 1)

        self.name = QLineEdit(SheetForm)
        self.name.setObjectName(u"name")

        self.formLayout.addWidget(self.name, 2, 1, 1, 5)

        self.startYearLabel = QLabel(SheetForm)
        self.startYearLabel.setObjectName(u"startYearLabel")

        self.formLayout.addWidget(self.startYearLabel, 3, 0, 1, 1)

        self.startYear = QLineEdit(SheetForm)
        self.startYear.setObjectName(u"startYear")

        self.formLayout.addWidget(self.startYear, 3, 1, 1, 1)

        self.endYearLabel = QLabel(SheetForm)
        self.endYearLabel.setObjectName(u"endYearLabel")

        self.formLayout.addWidget(self.endYearLabel, 3, 2, 1, 1)

        self.endYear = QLineEdit(SheetForm)
        self.endYear.setObjectName(u"endYear")

        self.formLayout.addWidget(self.endYear, 3, 3, 1, 1)

        self.budgetLabel = QLabel(SheetForm)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.formLayout.addWidget(self.budgetLabel, 3, 4, 1, 1)

        self.budget = QLineEdit(SheetForm)
        self.budget.setObjectName(u"budget")
        self.budget.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.budget, 3, 5, 1, 1)

        self.overviewLabel = QLabel(SheetForm)
        self.overviewLabel.setObjectName(u"overviewLabel")

        self.formLayout.addWidget(self.overviewLabel, 4, 0, 1, 1)

        self.overview = QPlainTextEdit(SheetForm)
        self.overview.setObjectName(u"overview")
        self.overview.setMinimumSize(QSize(0, 56))
        self.overview.setTabChangesFocus(True)

        self.formLayout.addWidget(self.overview, 4, 1, 1, 5)

        self.overviewFit = QLabel(SheetForm)
        self.overviewFit.setObjectName(u"overviewFit")

        self.formLayout.addWidget(self.overviewFit, 5, 1, 1, 5)

        self.textColumns = QWidget(SheetForm)
        self.textColumns.setObjectName(u"textColumns")
        self.textColumnsLayout = QGridLayout(self.textColumns)
        self.textColumnsLayout.setObjectName(u"textColumnsLayout")
        self.textColumnsLayout.setVerticalSpacing(2)
        self.textColumnsLayout.setContentsMargins(0, 0, 0, 0)
        self.issuesLabel = QLabel(self.textColumns)
        self.issuesLabel.setObjectName(u"issuesLabel")

        self.textColumnsLayout.addWidget(self.issuesLabel, 0, 0, 1, 1)

        self.issues = QPlainTextEdit(self.textColumns)
        self.issues.setObjectName(u"issues")
        self.issues.setMinimumSize(QSize(0, 90))
        self.issues.setTabChangesFocus(True)

        self.textColumnsLayout.addWidget(self.issues, 1, 0, 1, 1)

        self.approachLabel = QLabel(self.textColumns)
        self.approachLabel.setObjectName(u"approachLabel")

        self.textColumnsLayout.addWidget(self.approachLabel, 0, 1, 1, 1)

        self.approach = QPlainTextEdit(self.textColumns)
        self.approach.setObjectName(u"approach")
        self.approach.setMinimumSize(QSize(0, 90))
        self.approach.setTabChangesFocus(True)

        self.textColumnsLayout.addWidget(self.approach, 1, 1, 1, 1)

        self.changeLabel = QLabel(self.textColumns)
        self.changeLabel.setObjectName(u"changeLabel")

        self.textColumnsLayout.addWidget(self.changeLabel, 0, 2, 1, 1)

        self.change = QPlainTextEdit(self.textColumns)
        self.change.setObjectName(u"change")
        self.change.setMinimumSize(QSize(0, 90))
        self.change.setTabChangesFocus(True)

        self.textColumnsLayout.addWidget(self.change, 1, 2, 1, 1)

        self.issuesFit = QLabel(self.textColumns)
        self.issuesFit.setObjectName(u"issuesFit")

        self.textColumnsLayout.addWidget(self.issuesFit, 2, 0, 1, 1)

        self.approachFit = QLabel(self.textColumns)
        self.approachFit.setObjectName(u"approachFit")

        self.textColumnsLayout.addWidget(self.approachFit, 2, 1, 1, 1)

        self.changeFit = QLabel(self.textColumns)
        self.changeFit.setObjectName(u"changeFit")

        self.textColumnsLayout.addWidget(self.changeFit, 2, 2, 1, 1)


        self.formLayout.addWidget(self.textColumns, 6, 0, 1, 6)

        self.formLayout.setRowStretch(4, 1)
        self.formLayout.setRowStretch(6, 3)
        self.formLayout.setColumnStretch(1, 3)
        self.formLayout.setColumnStretch(3, 3)
        self.formLayout.setColumnStretch(5, 3)
#if QT_CONFIG(shortcut)
        self.fieldLabel.setBuddy(self.field)
        self.departmentsLabel.setBuddy(self.departments)
        self.sectionsLabel.setBuddy(self.sections)
        self.itemsLabel.setBuddy(self.items)
        self.sheetNoLabel.setBuddy(self.sheetNo)
        self.nameLabel.setBuddy(self.name)
        self.startYearLabel.setBuddy(self.startYear)
        self.endYearLabel.setBuddy(self.endYear)
        self.budgetLabel.setBuddy(self.budget)
        self.overviewLabel.setBuddy(self.overview)
        self.issuesLabel.setBuddy(self.issues)
        self.approachLabel.setBuddy(self.approach)
        self.changeLabel.setBuddy(self.change)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.field, self.departments)
        QWidget.setTabOrder(self.departments, self.sections)
        QWidget.setTabOrder(self.sections, self.items)
        QWidget.setTabOrder(self.items, self.sheetNo)
        QWidget.setTabOrder(self.sheetNo, self.name)
        QWidget.setTabOrder(self.name, self.startYear)
        QWidget.setTabOrder(self.startYear, self.endYear)
        QWidget.setTabOrder(self.endYear, self.budget)
        QWidget.setTabOrder(self.budget, self.overview)
        QWidget.setTabOrder(self.overview, self.issues)
        QWidget.setTabOrder(self.issues, self.approach)
        QWidget.setTabOrder(self.approach, self.change)

        self.retranslateUi(SheetForm)

        QMetaObject.connectSlotsByName(SheetForm)
    # setupUi

    def retranslateUi(self, SheetForm):
        self.fieldLabel.setText(QCoreApplication.translate("SheetForm", u"\u5206\u91ce(&C)", None))
        self.departmentsLabel.setText(QCoreApplication.translate("SheetForm", u"\u62c5\u5f53\u90e8\u5c40(&B)", None))
#if QT_CONFIG(tooltip)
        self.departments.setToolTip(QCoreApplication.translate("SheetForm", u"\u8907\u6570\u3042\u308b\u3068\u304d\u306f\u300c\u30fb\u300d\u3067\u533a\u5207\u308a\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.sectionsLabel.setText(QCoreApplication.translate("SheetForm", u"\u62c5\u5f53\u8ab2\u7b49(&K)", None))
#if QT_CONFIG(tooltip)
        self.sections.setToolTip(QCoreApplication.translate("SheetForm", u"\u8907\u6570\u3042\u308b\u3068\u304d\u306f\u300c\u30fb\u300d\u3067\u533a\u5207\u308a\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.itemsLabel.setText(QCoreApplication.translate("SheetForm", u"\u9805\u76ee(&I)", None))
#if QT_CONFIG(tooltip)
        self.items.setToolTip(QCoreApplication.translate("SheetForm", u"\u8907\u6570\u3042\u308b\u3068\u304d\u306f\u300c\u30fb\u300d\u3067\u533a\u5207\u308a\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.sheetNoLabel.setText(QCoreApplication.translate("SheetForm", u"\u30b7\u30fc\u30c8\u756a\u53f7(&W)", None))
#if QT_CONFIG(tooltip)
        self.sheetNo.setToolTip(QCoreApplication.translate("SheetForm", u"\u7a7a\u6b04\u306a\u3089\u4e26\u3073\u9806\u3067\u81ea\u52d5\u7684\u306b\u30b7\u30fc\u30c8\u756a\u53f7\u304c\u4ed8\u304d\u307e\u3059\u3002\u6570\u5b57\u3092\u5165\u308c\u308b\u3068\u305d\u306e\u756a\u53f7\u306b\u56fa\u5b9a\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("SheetForm", u"\u4e8b\u696d\u540d(&J)", None))
        self.startYearLabel.setText(QCoreApplication.translate("SheetForm", u"\u4e8b\u696d\u59cb\u671f(&S)", None))
#if QT_CONFIG(tooltip)
        self.startYear.setToolTip(QCoreApplication.translate("SheetForm", u"R5\u3001\u4ee4\u548c5\u5e74\u5ea6\u30012023 \u306a\u3069\u306e\u5f62\u3067\u5165\u529b\u3067\u304d\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.startYear.setPlaceholderText(QCoreApplication.translate("SheetForm", u"\u4f8b: R5", None))
        self.endYearLabel.setText(QCoreApplication.translate("SheetForm", u"\u4e8b\u696d\u7d42\u671f(&L)", None))
#if QT_CONFIG(tooltip)
        self.endYear.setToolTip(QCoreApplication.translate("SheetForm", u"R10\u3001\u4ee4\u548c10\u5e74\u5ea6\u30012028 \u306a\u3069\u306e\u5f62\u3067\u5165\u529b\u3067\u304d\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.endYear.setPlaceholderText(QCoreApplication.translate("SheetForm", u"\u4f8b: R10", None))
        self.budgetLabel.setText(QCoreApplication.translate("SheetForm", u"\u4e8b\u696d\u8cbb\uff08\u5343\u5186\uff09(&Y)", None))
#if QT_CONFIG(tooltip)
        self.budget.setToolTip(QCoreApplication.translate("SheetForm", u"\u5343\u5186\u5358\u4f4d\u30025,144 \u3084 \uff15\uff11\uff14\uff14 \u306e\u3088\u3046\u306b\u5165\u529b\u3067\u304d\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.overviewLabel.setText(QCoreApplication.translate("SheetForm", u"\u6982\u8981(&G)", None))
        self.issuesLabel.setText(QCoreApplication.translate("SheetForm", u"\u73fe\u72b6\u30fb\u8ab2\u984c(&P)", None))
        self.approachLabel.setText(QCoreApplication.translate("SheetForm", u"\u53d6\u7d44(&T)", None))
        self.changeLabel.setText(QCoreApplication.translate("SheetForm", u"\u30c7\u30b8\u30bf\u30eb\u6d3b\u7528\u306b\u3088\u3063\u3066\u3069\u3046\u5909\u308f\u308b\u304b(&X)", None))
        pass
    # retranslateUi

