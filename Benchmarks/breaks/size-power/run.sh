#!/usr/bin/env bash
# Monte-Carlo size and power of the break verdicts and impact p-values (release build).
# Writes results-{null,power,impact}.csv here; RESULTS.md records the numbers, machine and date.
set -euo pipefail
cd "$(dirname "$0")/../../.."
swift build -c release --product breaks-size-power
B=.build/release/breaks-size-power
$B --cells null   --reps "${REPS:-2000}"        --boot "${BOOT:-99}"
$B --cells power  --power-reps "${POWER_REPS:-200}" --boot "${POWER_BOOT:-99}"
$B --cells impact --impact-reps "${IMPACT_REPS:-1000}" --impact-boot "${IMPACT_BOOT:-99}" --noise 0.5,0.8,airline
