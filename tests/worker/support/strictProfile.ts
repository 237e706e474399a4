/** Jest setup of the "worker, strict emulator" project: every harness starts the strict profile. */
process.env.SVARSTID_EMULATOR_PROFILE = 'strict';
