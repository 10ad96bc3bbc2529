// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Warta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "warta", targets: ["warta"]),
        .library(name: "WartaKit", targets: ["WartaKit"]),
        .library(name: "WartaServe", targets: ["WartaServe"]),
        .library(name: "WartaPublish", targets: ["WartaPublish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // glibc's malloc.h, for the heap settings of a build.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // cmark's allocator: a per-thread arena, in C for its thread-local (see markdown_arena.c).
        .target(name: "CMarkdownArena"),
        .target(
            name: "WartaKit",
            dependencies: [
                "CCmark",
                "CMalloc",
                "CMarkdownArena",
                .product(name: "Mustache", package: "swift-mustache"),
                "Yams",
            ]
        ),
        // The editor's loop: preview server with live reload, and new-content scaffolding.
        .target(
            name: "WartaServe",
            dependencies: [
                "WartaKit",
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
        .executableTarget(
            name: "warta",
            dependencies: [
                "WartaKit",
                "WartaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "warta-bench",
            dependencies: ["WartaKit"]
        ),
        .testTarget(
            name: "WartaKitTests",
            dependencies: [
                "WartaKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "WartaPublishTests",
            dependencies: ["WartaPublish"]
        ),
        .testTarget(
            name: "WartaServeTests",
            dependencies: ["WartaServe", "WartaKit"]
        ),
    ]
)
