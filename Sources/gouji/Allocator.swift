// Linking mimalloc is all it takes: its malloc and free then serve the whole process, poppler
// included, whose many small, short-lived objects mimalloc serves faster than the C library does.
import CMimalloc
