// figcheck: checks the figures and dates of a news text against a reference dataset.
// This header includes the whole public API.
#pragma once

#include "figcheck/check.h"
#include "figcheck/dataset.h"
#include "figcheck/date.h"
#include "figcheck/mention.h"
#include "figcheck/report.h"
