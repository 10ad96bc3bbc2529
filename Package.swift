// swift-tools-version:6.1
import PackageDescription

// The engine is one target per layer. A target lists only the layers below it, so an import of a
// layer above does not compile: this dependency list is the architecture's rule (docs/architecture.md).
//
//   warta (CLI) ─┬─> WartaServe ─> WartaBuild
//                └─────────────────> WartaBuild ─> WartaRender ─> WartaSite ─> WartaLoad ─> WartaModel ─> WartaCore
//                                                    │  └─> WartaMarkdown, WartaCharts ─┘
/// Release builds let the optimiser see across the engine's targets, so splitting it into layers
/// costs no inlining or generic specialisation on the hot paths.
var optimised: [SwiftSetting] { [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))] }
/// Tests may reach into every layer (`@testable`); they sit above all of them.
var testDependencies: [Target.Dependency] {
    ["WartaCore", "WartaModel", "WartaLoad", "WartaMarkdown", "WartaCharts", "WartaSite", "WartaRender", "WartaBuild",
     "WartaTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
}

let package = Package(
    name: "Warta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "warta", targets: ["warta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        // C libraries and glue.
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // glibc's malloc.h, for the heap settings of a build.
        // Spreadsheet downloads with typed numbers (Debian libxlsxwriter-dev).
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // cmark's allocator: a per-thread arena, in C for its thread-local (see markdown_arena.c).
        .target(name: "CMarkdownArena"),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not declare: the whole-site swap.
        .target(name: "CDirectorySwap"),

        // Bytes and text, hashing, the parallel map, the one file-system layer, diagnostics and
        // their catalogue, the locale, calendar values, escaping. Depends on nothing of ours.
        .target(name: "WartaCore", swiftSettings: optimised),
        // The site as values: articles, programmes, pages, datasets, configuration, where inputs live.
        .target(name: "WartaModel", dependencies: ["WartaCore"], swiftSettings: optimised),
        // Files to model: front matter, YAML with positions, CSV with positions, site.yml.
        .target(name: "WartaLoad", dependencies: ["WartaCore", "WartaModel", "Yams"], swiftSettings: optimised),
        // Markdown to HTML through libcmark, with Warta's extensions as hooks.
        .target(name: "WartaMarkdown", dependencies: ["WartaCore", "WartaModel", "CCmark", "CMarkdownArena"],
                swiftSettings: optimised),
        // Datasets to chart models to SVG.
        .target(name: "WartaCharts", dependencies: ["WartaCore", "WartaModel"], swiftSettings: optimised),
        // The site's shape: routes, topics, the content index, the page plan, references between files.
        .target(name: "WartaSite", dependencies: ["WartaCore", "WartaModel"], swiftSettings: optimised),
        // Pages: template views, Markdown and charts in place, feed and downloads.
        .target(
            name: "WartaRender",
            dependencies: [
                "WartaCore", "WartaModel", "WartaLoad", "WartaMarkdown", "WartaCharts", "WartaSite", "CXlsxWriter",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: optimised
        ),
        // A build as named steps: list, load, check, plan, render, publish into output/, record.
        .target(
            name: "WartaBuild",
            dependencies: ["WartaCore", "WartaModel", "WartaLoad", "WartaSite", "WartaRender", "CMalloc", "CDirectorySwap"],
            swiftSettings: optimised
        ),
        // The editor's loop: preview server with live reload.
        .target(
            name: "WartaServe",
            dependencies: [
                "WartaCore", "WartaModel", "WartaLoad", "WartaSite", "WartaBuild",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Typed doors to curl's variadic setopt/getinfo, which Swift cannot call.
        .target(name: "CCurlCalls", dependencies: ["CCurl"]),
        // `warta publish`: the site to SFTP, FTPS, FTP or a mounted folder, changed files only, in link-safe order.
        .target(name: "WartaPublish", dependencies: ["CCurl", "CCurlCalls"]),
        // The command line: build, check, serve, new.
        .executableTarget(
            name: "warta",
            dependencies: [
                "WartaCore", "WartaModel", "WartaLoad", "WartaSite", "WartaBuild", "WartaServe", "WartaPublish",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "warta-bench",
            dependencies: ["WartaCore", "WartaBuild"]
        ),

        // Tests mirror the targets; WartaScenarioTests guards the whole (full = incremental, any
        // --jobs, the malformed-project corpus, the example site).
        .target(
            name: "WartaTestSupport",
            dependencies: ["WartaCore", "WartaBuild", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/WartaTestSupport"
        ),
        .testTarget(name: "WartaCoreTests", dependencies: testDependencies),
        .testTarget(name: "WartaModelTests", dependencies: testDependencies),
        .testTarget(name: "WartaLoadTests", dependencies: testDependencies),
        .testTarget(name: "WartaMarkdownTests", dependencies: testDependencies),
        .testTarget(name: "WartaChartsTests", dependencies: testDependencies),
        .testTarget(name: "WartaSiteTests", dependencies: testDependencies),
        .testTarget(name: "WartaRenderTests", dependencies: testDependencies),
        .testTarget(name: "WartaBuildTests", dependencies: testDependencies),
        .testTarget(name: "WartaScenarioTests", dependencies: testDependencies),
        .testTarget(name: "WartaServeTests", dependencies: testDependencies + ["WartaServe"]),
        .testTarget(name: "WartaPublishTests", dependencies: ["WartaPublish"]),
        .testTarget(name: "wartaTests", dependencies: testDependencies + ["warta"]),
    ]
)

