import Testing
@testable import WartaPublish

@Suite struct PublishTargetTests {
    @Test func readsEachScheme() {
        let sftp = PublishTarget.parse("sftp://dinsos@web.pontianak.go.id:2222/var/www/situs/")
        #expect(sftp.problems.isEmpty)
        #expect(sftp.target == PublishTarget(scheme: .sftp, user: "dinsos", host: "web.pontianak.go.id", port: 2222, path: "/var/www/situs/"))

        let ftps = PublishTarget.parse("ftps://dinsos@ftp.example.go.id/public_html")
        #expect(ftps.target?.path == "/public_html/")
        #expect(ftps.target?.port == nil)
        #expect(ftps.target?.description == "ftps://dinsos@ftp.example.go.id/public_html/")

        let file = PublishTarget.parse("file:///mnt/share/situs/")
        #expect(file.target == PublishTarget(scheme: .file, user: nil, host: "", port: nil, path: "/mnt/share/situs/"))

        let home = PublishTarget.parse("sftp://dinsos@host/~/public_html/")
        #expect(home.target?.path == "/~/public_html/")
    }

    @Test func plainFTPIsAllowedWithAWarning() {
        let parsed = PublishTarget.parse("ftp://dinsos@ftp.example.go.id/public_html/")
        #expect(parsed.target?.scheme == .ftp)
        #expect(parsed.problems == [.unencryptedFTP(host: "ftp.example.go.id")])
        #expect(parsed.problems[0].severity == .warning)
        #expect(parsed.problems[0].indonesian.contains("tidak dienkripsi"))
    }

    @Test func aPasswordInTheTargetIsAnErrorThatDoesNotRepeatIt() {
        let parsed = PublishTarget.parse("ftps://dinsos:Rahasia123@ftp.example.go.id/public_html/")
        #expect(parsed.target == nil)
        #expect(parsed.problems == [.passwordInTarget(redacted: "ftps://dinsos:***@ftp.example.go.id/public_html/")])
        #expect(!parsed.problems[0].indonesian.contains("Rahasia123"))
        #expect(!parsed.problems[0].english.contains("Rahasia123"))
        #expect(parsed.problems[0].english.contains("WARTA_PUBLISH_PASSWORD"))
    }

    @Test func refusesWhatItCannotPublishTo() {
        #expect(PublishTarget.parse("https://example.go.id/").problems == [.unsupportedScheme("https")])
        #expect(PublishTarget.parse("web.example.go.id:/var/www").problems == [.invalidTarget("web.example.go.id:/var/www")])
        #expect(PublishTarget.parse("sftp:///var/www/").target == nil)
        #expect(PublishTarget.parse("file:///").target == nil)
        #expect(PublishTarget.parse("sftp://u@host:99999/x/").target == nil)
    }
}

@Suite struct PublishPiecesTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func manifestRoundTripsAndIsDeterministic() {
        var manifest = PublishManifest()
        manifest.files["berita/\"kutip\"/index.html"] = .init(size: 10, modified: 1_700_000_000_123_456_789, sha256: String(repeating: "a", count: 64))
        manifest.files["index.html"] = .init(size: 3, modified: 5, sha256: String(repeating: "b", count: 64))
        let bytes = manifest.encoded()
        #expect(PublishManifest.decode(bytes) == manifest)
        var other = PublishManifest()
        other.files["index.html"] = manifest.files["index.html"]
        other.files["berita/\"kutip\"/index.html"] = manifest.files["berita/\"kutip\"/index.html"]
        #expect(other.encoded() == bytes)
        #expect(PublishManifest.decode(Array("{\"version\":99,\"files\":{}}".utf8)) == nil)
        // Plain paths take the direct reading of its own lines; the same manifest comes back.
        var plain = PublishManifest()
        for number in 0..<50 { plain.files["berita/artikel-\(number)/index.html"] = .init(size: Int64(number), modified: Int64(number) * 1_000_000_007, sha256: SHA256.hex([UInt8(number)])) }
        #expect(PublishManifest.decode(plain.encoded()) == plain)
        #expect(PublishManifest.decode(PublishManifest().encoded()) == PublishManifest())
        // Reformatted by hand (spaces, other order): still read.
        let spaced = "{ \"files\": { \"index.html\": { \"sha256\": \"\(String(repeating: "c", count: 64))\", \"size\": 1, \"modified\": 2 } }, \"version\": 1 }"
        #expect(PublishManifest.decode(Array(spaced.utf8))?.files["index.html"]?.size == 1)
        #expect(PublishManifest.decode(Array("bukan json".utf8)) == nil)
    }

    @Test func readsMLSDAndLongListings() {
        let mlsd = "type=cdir;sizd=4096;modify=20261204024814; .\r\ntype=file;size=6;modify=20200102030405;UNIX.mode=0644; nama berkas.txt\r\ntype=dir;modify=20200102030405; berita\r\n"
        let entries = DirectoryListing.parseMLSD(mlsd)
        #expect(entries.map(\.name) == ["nama berkas.txt", "berita"])
        #expect(entries[0].size == 6 && entries[0].modifiedEarliest == 1_577_934_245 && entries[0].modifiedLatest == 1_577_934_245)
        #expect(entries[1].isDirectory)

        let now: Int64 = 1_796_352_000 // 2026-12-04
        let long = """
        drwxr-xr-x    2 root     root         4096 Dec  4 02:48 .
        -rw-r--r--    1 root     root            3 Dec  4 02:48 x.txt
        -rw-r--r--    1 root     root          775 Jan  2  2020 lama  spasi.html
        drwxr-xr-x    3 root     root         4096 Nov 30 23:59 berita
        lrwxrwxrwx    1 root     root            4 Dec  4 02:48 tautan -> x.txt
        """
        let listed = DirectoryListing.parseLongList(long, now: now)
        #expect(listed.map(\.name) == ["x.txt", "lama  spasi.html", "berita"])
        let dec4 = DirectoryListing.parseCompactTime("20261204024800")!
        #expect(listed[0].modifiedEarliest == dec4 && listed[0].modifiedLatest == dec4 + 59)
        #expect(listed[1].mayHaveBeenModified(at: 1_577_934_245))
        #expect(!listed[1].mayHaveBeenModified(at: 1_577_934_245 + 86_400))
        #expect(listed[2].isDirectory)
        #expect(DirectoryListing.compactTime(1_577_934_245, sftp: true) == "20200102 03:04:05 GMT")
        #expect(DirectoryListing.compactTime(1_577_934_245, sftp: false) == "20200102030405")
    }

    @Test func numbersAreGroupedTheIndonesianWay() {
        #expect(NumberText.indonesian(11_314) == "11.314")
        #expect(NumberText.english(1_234_567) == "1,234,567")
        #expect(NumberText.indonesian(12) == "12")
    }
}
