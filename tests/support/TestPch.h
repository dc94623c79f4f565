// Precompiled header shared by every test executable (see app/core/Pch.h). QtTest headers are left
// out: they depend on QT_TESTCASE_BUILDDIR, which Qt defines per test folder.
#pragma once

#include "../../ui/Pch.h"

#include <QProcess>
#include <QTemporaryDir>
