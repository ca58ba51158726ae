// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "gouji",
    // macOS 15 for the standard library's Mutex (Synchronization).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gouji", targets: ["gouji"]),
        .library(name: "GoujiPipeline", targets: ["GoujiPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries, each behind one thin Swift wrapper: poppler, tesseract, libxml2 and libgsf in
        // GoujiExtract (Poppler/, OCR/, LibXML2/, CompoundFile/), libpq and SQLite's C interface in
        // GoujiLoad (Postgres/PostgresConnection, RowInserter), mimalloc in the executable (Allocator, and the
        // worker's memory limit).
        // poppler through its own C++ API, which gives a page's text and drawn lines in one
        // pass (poppler-glib gives text only), behind a small C interface of ours.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler",
                       providers: [.apt(["libpoppler-private-dev"])]),
        // zlib inflates the page content streams (poppler's own inflater is slower).
        .target(name: "PopplerPages", dependencies: ["CPoppler"], linkerSettings: [.linkedLibrary("z")]),
        // tesseract's C API, for the pages of scans (their images handed over as grey bytes).
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract",
                       providers: [.apt(["libtesseract-dev", "tesseract-ocr-chi-sim"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // libgsf reads the compound files (OLE2) that hold Word 97–2003 and WPS documents.
        .systemLibrary(name: "CGsf", pkgConfig: "libgsf-1", providers: [.apt(["libgsf-1-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // mimalloc, linked into the executable, stands in for the C library's malloc in every
        // library of the process: poppler allocates and frees millions of small objects.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),

        // The values passed between stages.
        .target(name: "GoujiModel"),
        // 1. extract: text (with positions) out of the files.
        .target(name: "GoujiExtract", dependencies: [
            "GoujiModel", "PopplerPages", "CTesseract", "CLibXML2", "CGsf",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // 2. reconstruct: grids of cells out of text and positions.
        .target(name: "GoujiReconstruct", dependencies: ["GoujiModel"]),
        // 3. normalize: grids onto the canonical model.
        .target(name: "GoujiNormalize", dependencies: ["GoujiModel"]),
        // 4. validate: the balance rules.
        .target(name: "GoujiValidate", dependencies: ["GoujiModel"]),
        // 5. load: CSV, SQLite, and PostgreSQL through libpq.
        .target(name: "GoujiLoad", dependencies: [
            "GoujiModel", "CLibPQ", .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C interface, for RowInserter only.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The stages composed, and the run's configuration.
        .target(name: "GoujiPipeline", dependencies: [
            "GoujiModel", "GoujiExtract", "GoujiReconstruct", "GoujiNormalize",
            "GoujiValidate", "GoujiLoad", .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "gouji", dependencies: [
            "GoujiPipeline", "CMimalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "GoujiTestSupport", dependencies: ["GoujiModel"], path: "Tests/GoujiTestSupport"),
        .testTarget(name: "GoujiModelTests", dependencies: [
            "GoujiModel", "GoujiTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        // Fixtures are read from the package's folder (PackageFiles.root), not bundled.
        .testTarget(name: "GoujiExtractTests", dependencies: [
            "GoujiExtract", "GoujiTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "GoujiReconstructTests", dependencies: ["GoujiReconstruct", "GoujiTestSupport"]),
        .testTarget(name: "GoujiNormalizeTests", dependencies: ["GoujiNormalize", "GoujiReconstruct", "GoujiTestSupport"]),
        .testTarget(name: "GoujiValidateTests", dependencies: ["GoujiValidate", "GoujiTestSupport"]),
        .testTarget(name: "GoujiLoadTests", dependencies: [
            "GoujiLoad", "GoujiTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ], exclude: ["Corpora"]),
        // GoujiExtract itself for the fuzz target that hands the Word binary reader damaged streams.
        .testTarget(name: "GoujiPipelineTests", dependencies: ["GoujiPipeline", "GoujiExtract", "GoujiTestSupport"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
