# Generated from forms/project_panel.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ProjectPanel(object):
    def setupUi(self, ProjectPanel):
        if not ProjectPanel.objectName():
            ProjectPanel.setObjectName(u"ProjectPanel")
        ProjectPanel.resize(560, 700)
        self.panelLayout = QVBoxLayout(ProjectPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(ProjectPanel)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.panelLayout.addWidget(self.search)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.fieldFilter = QComboBox(ProjectPanel)
        self.fieldFilter.setObjectName(u"fieldFilter")
        self.fieldFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fieldFilter.setMinimumContentsLength(4)

        self.filterLayout.addWidget(self.fieldFilter)

        self.departmentFilter = QComboBox(ProjectPanel)
        self.departmentFilter.setObjectName(u"departmentFilter")
        self.departmentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentFilter.setMinimumContentsLength(4)

        self.filterLayout.addWidget(self.departmentFilter)

        self.sectionFilter = QComboBox(ProjectPanel)
        self.sectionFilter.setObjectName(u"sectionFilter")
        self.sectionFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectionFilter.setMinimumContentsLength(4)

        self.filterLayout.addWidget(self.sectionFilter)

        self.statusFilter = QComboBox(ProjectPanel)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilter.setMinimumContentsLength(4)

        self.filterLayout.addWidget(self.statusFilter)


        self.panelLayout.addLayout(self.filterLayout)

        self.table = QTableView(ProjectPanel)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.panelLayout.addWidget(self.table)

        self.totalLabel = QLabel(ProjectPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.panelLayout.addWidget(self.totalLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(ProjectPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.duplicateButton = QPushButton(ProjectPanel)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.buttonLayout.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(ProjectPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.upButton = QPushButton(ProjectPanel)
        self.upButton.setObjectName(u"upButton")

        self.buttonLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ProjectPanel)
        self.downButton.setObjectName(u"downButton")

        self.buttonLayout.addWidget(self.downButton)


        self.panelLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ProjectPanel)

        QMetaObject.connectSlotsByName(ProjectPanel)
    # setupUi

    def retranslateUi(self, ProjectPanel):
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ProjectPanel", u"\u4e8b\u696d\u3092\u691c\u7d22", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search.setAccessibleDescription(QCoreApplication.translate("ProjectPanel", u"\u4e8b\u696d\u540d\u30fb\u90e8\u5c40\u30fb\u8ab2\u30fb\u6982\u8981\u306a\u3069\u3067\u691c\u7d22\u3057\u307e\u3059", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ProjectPanel", u"\u691c\u7d22\uff08\u4e8b\u696d\u540d\u30fb\u672c\u6587\u30fb\u53d6\u7d44\uff09  Ctrl+F", None))
#if QT_CONFIG(accessibility)
        self.fieldFilter.setAccessibleName(QCoreApplication.translate("ProjectPanel", u"\u5206\u91ce\u306e\u7d5e\u308a\u8fbc\u307f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fieldFilter.setToolTip(QCoreApplication.translate("ProjectPanel", u"\u5206\u91ce\u3067\u7d5e\u308a\u8fbc\u3080", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.departmentFilter.setAccessibleName(QCoreApplication.translate("ProjectPanel", u"\u62c5\u5f53\u90e8\u5c40\u306e\u7d5e\u308a\u8fbc\u307f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.departmentFilter.setToolTip(QCoreApplication.translate("ProjectPanel", u"\u62c5\u5f53\u90e8\u5c40\u3067\u7d5e\u308a\u8fbc\u3080", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sectionFilter.setAccessibleName(QCoreApplication.translate("ProjectPanel", u"\u62c5\u5f53\u8ab2\u7b49\u306e\u7d5e\u308a\u8fbc\u307f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sectionFilter.setToolTip(QCoreApplication.translate("ProjectPanel", u"\u62c5\u5f53\u8ab2\u7b49\u3067\u7d5e\u308a\u8fbc\u3080", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ProjectPanel", u"\u72b6\u6cc1\u306e\u7d5e\u308a\u8fbc\u307f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("ProjectPanel", u"\u72b6\u6cc1\uff08\u57fa\u6e96\u6708\u306e\u6642\u70b9\uff09\u3067\u7d5e\u308a\u8fbc\u3080\u3002\u62ec\u5f27\u5185\u306f\u4ef6\u6570", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ProjectPanel", u"\u4e8b\u696d\u306e\u4e00\u89a7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("ProjectPanel", u"\u4e0a\u4e0b\u306e\u77e2\u5370\u3067\u4e8b\u696d\u3092\u9078\u3073\u3001Tab \u3067\u6b21\u306e\u6b04\u3078\u79fb\u308a\u307e\u3059", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ProjectPanel", u"\u8ffd\u52a0(&A)", None))
        self.duplicateButton.setText(QCoreApplication.translate("ProjectPanel", u"\u8907\u88fd(&M)", None))
        self.deleteButton.setText(QCoreApplication.translate("ProjectPanel", u"\u524a\u9664(&R)\u2026", None))
        self.upButton.setText(QCoreApplication.translate("ProjectPanel", u"\u25b2 \u4e0a\u3078(&U)", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("ProjectPanel", u"\u9078\u629e\u3057\u305f\u4e8b\u696d\u30921\u3064\u4e0a\u3078\u79fb\u52d5\u3057\u307e\u3059\uff08\u30b7\u30fc\u30c8\u756a\u53f7\u306e\u9806\uff09  Alt+\u2191", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("ProjectPanel", u"\u25bc \u4e0b\u3078(&D)", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("ProjectPanel", u"\u9078\u629e\u3057\u305f\u4e8b\u696d\u30921\u3064\u4e0b\u3078\u79fb\u52d5\u3057\u307e\u3059\uff08\u30b7\u30fc\u30c8\u756a\u53f7\u306e\u9806\uff09  Alt+\u2193", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

