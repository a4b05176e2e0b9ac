# Generated from forms/edition_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edition_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_EditionDialog(object):
    def setupUi(self, EditionDialog):
        if not EditionDialog.objectName():
            EditionDialog.setObjectName(u"EditionDialog")
        self.dialogLayout = QVBoxLayout(EditionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.editionGroup = QGroupBox(EditionDialog)
        self.editionGroup.setObjectName(u"editionGroup")
        self.editionForm = QFormLayout(self.editionGroup)
        self.editionForm.setObjectName(u"editionForm")
        self.fiscalYearLabel = QLabel(self.editionGroup)
        self.fiscalYearLabel.setObjectName(u"fiscalYearLabel")

        self.editionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fiscalYearLabel)

        self.fiscalYearRow = QHBoxLayout()
        self.fiscalYearRow.setObjectName(u"fiscalYearRow")
        self.fiscalYear = QLineEdit(self.editionGroup)
        self.fiscalYear.setObjectName(u"fiscalYear")

        self.fiscalYearRow.addWidget(self.fiscalYear)

        self.fiscalYearHint = QLabel(self.editionGroup)
        self.fiscalYearHint.setObjectName(u"fiscalYearHint")

        self.fiscalYearRow.addWidget(self.fiscalYearHint)

        self.fiscalYearRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fiscalYearRow.addItem(self.fiscalYearRowStretch)


        self.editionForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fiscalYearRow)

        self.titleLabel = QLabel(self.editionGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.editionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.editionGroup)
        self.title.setObjectName(u"title")

        self.editionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.firstSheetNoLabel = QLabel(self.editionGroup)
        self.firstSheetNoLabel.setObjectName(u"firstSheetNoLabel")

        self.editionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstSheetNoLabel)

        self.firstSheetNoRow = QHBoxLayout()
        self.firstSheetNoRow.setObjectName(u"firstSheetNoRow")
        self.firstSheetNo = QSpinBox(self.editionGroup)
        self.firstSheetNo.setObjectName(u"firstSheetNo")
        self.firstSheetNo.setMinimum(1)
        self.firstSheetNo.setMaximum(99999)

        self.firstSheetNoRow.addWidget(self.firstSheetNo)

        self.firstSheetNoRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.firstSheetNoRow.addItem(self.firstSheetNoRowStretch)


        self.editionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.firstSheetNoRow)


        self.dialogLayout.addWidget(self.editionGroup)

        self.coverGroup = QGroupBox(EditionDialog)
        self.coverGroup.setObjectName(u"coverGroup")
        self.coverForm = QFormLayout(self.coverGroup)
        self.coverForm.setObjectName(u"coverForm")
        self.referenceMonthLabel = QLabel(self.coverGroup)
        self.referenceMonthLabel.setObjectName(u"referenceMonthLabel")

        self.coverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceMonthLabel)

        self.referenceMonth = QLineEdit(self.coverGroup)
        self.referenceMonth.setObjectName(u"referenceMonth")

        self.coverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceMonth)

        self.issuerLabel = QLabel(self.coverGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.coverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuer = QLineEdit(self.coverGroup)
        self.issuer.setObjectName(u"issuer")

        self.coverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuer)

        self.issuedLabel = QLabel(self.coverGroup)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.coverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issued = QLineEdit(self.coverGroup)
        self.issued.setObjectName(u"issued")

        self.coverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issued)


        self.dialogLayout.addWidget(self.coverGroup)

        self.error = QLabel(EditionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.dialogLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(EditionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fiscalYearLabel.setBuddy(self.fiscalYear)
        self.titleLabel.setBuddy(self.title)
        self.firstSheetNoLabel.setBuddy(self.firstSheetNo)
        self.referenceMonthLabel.setBuddy(self.referenceMonth)
        self.issuerLabel.setBuddy(self.issuer)
        self.issuedLabel.setBuddy(self.issued)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditionDialog)

        QMetaObject.connectSlotsByName(EditionDialog)
    # setupUi

    def retranslateUi(self, EditionDialog):
        EditionDialog.setWindowTitle(QCoreApplication.translate("EditionDialog", u"\u7248\u306e\u8a2d\u5b9a", None))
        self.editionGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u7248", None))
        self.fiscalYearLabel.setText(QCoreApplication.translate("EditionDialog", u"\u5e74\u5ea6(&Y)", None))
#if QT_CONFIG(tooltip)
        self.fiscalYear.setToolTip(QCoreApplication.translate("EditionDialog", u"R6\u3001\u4ee4\u548c6\u5e74\u5ea6\u30012024 \u306a\u3069\u306e\u5f62\u3067\u5165\u529b\u3067\u304d\u307e\u3059\u3002\u30bf\u30a4\u30e0\u30e9\u30a4\u30f3\u306f\u3053\u306e\u5e74\u5ea6\u304b\u30895\u5e74\u9593\u3067\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.fiscalYearHint.setText("")
        self.titleLabel.setText(QCoreApplication.translate("EditionDialog", u"\u984c\u540d(&T)", None))
        self.title.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u7a7a\u6b04\u306a\u3089\u5e74\u5ea6\u304b\u3089\u81ea\u52d5\uff08\u4f8b: \u4ee4\u548c\uff16\u5e74\u5ea6DX\u95a2\u9023\u4e8b\u696d\u30ed\u30fc\u30c9\u30de\u30c3\u30d7\uff09", None))
        self.firstSheetNoLabel.setText(QCoreApplication.translate("EditionDialog", u"\u6700\u521d\u306e\u30b7\u30fc\u30c8\u756a\u53f7(&S)", None))
        self.coverGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u8868\u7d19\u3068\u9032\u6357\u5831\u544a", None))
        self.referenceMonthLabel.setText(QCoreApplication.translate("EditionDialog", u"\u57fa\u6e96\u6708(&R)", None))
#if QT_CONFIG(tooltip)
        self.referenceMonth.setToolTip(QCoreApplication.translate("EditionDialog", u"\u5b9f\u7e3e\u3092\u8a18\u5165\u3057\u305f\u6700\u5f8c\u306e\u6708\uff08\u4f8b: \u4ee4\u548c7\u5e743\u6708\u3001R7.3\u30012025-03\uff09\u3002\u8868\u7d19\u3068\u5168\u4f53\u5de5\u7a0b\u8868\u306b\u5370\u5237\u3055\u308c\u3001\u9032\u6357\u5831\u544a\u306f\u3053\u306e\u6708\u3067\u5224\u5b9a\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.referenceMonth.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u4f8b: \u4ee4\u548c7\u5e743\u6708\uff08\u7a7a\u6b04\u306a\u3089\u5370\u5237\u3057\u307e\u305b\u3093\uff09", None))
        self.issuerLabel.setText(QCoreApplication.translate("EditionDialog", u"\u767a\u884c(&I)", None))
#if QT_CONFIG(tooltip)
        self.issuer.setToolTip(QCoreApplication.translate("EditionDialog", u"\u8868\u7d19\u306b\u5370\u5237\u3059\u308b\u767a\u884c\u8005\uff08\u4f8b: \u3007\u3007\u770c \u7dcf\u52d9\u90e8 \u30c7\u30b8\u30bf\u30eb\u63a8\u9032\u8ab2\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.issuer.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u4f8b: \u3007\u3007\u770c \u7dcf\u52d9\u90e8 \u30c7\u30b8\u30bf\u30eb\u63a8\u9032\u8ab2", None))
        self.issuedLabel.setText(QCoreApplication.translate("EditionDialog", u"\u767a\u884c\u65e5(&D)", None))
#if QT_CONFIG(tooltip)
        self.issued.setToolTip(QCoreApplication.translate("EditionDialog", u"\u8868\u7d19\u306b\u5370\u5237\u3059\u308b\u767a\u884c\u65e5\uff08\u4f8b: \u4ee4\u548c7\u5e743\u670831\u65e5\u30012025-03-31\uff09\u3002\u7a7a\u6b04\u306a\u3089\u5370\u5237\u3057\u307e\u305b\u3093\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.issued.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u4f8b: \u4ee4\u548c7\u5e743\u670831\u65e5\uff08\u7a7a\u6b04\u306a\u3089\u5370\u5237\u3057\u307e\u305b\u3093\uff09", None))
    # retranslateUi

