import Foundation
import TestFixtures
import Testing

/// `make run` installs only what the main job uses; the README's commands name the same packages.
@Suite struct FreshMachineTests {
    static let makefile = (try? String(contentsOf: Fixtures.root.appendingPathComponent("Makefile"), encoding: .utf8)) ?? ""
    static let readme = (try? String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    static func list(_ variable: String) -> [String] {
        let line = makefile.split(separator: "\n").first { $0.hasPrefix("\(variable) =") } ?? ""
        return line.dropFirst(variable.count + 2).split(separator: " ").map(String.init)
    }

    @Test func makeRunInstallsOnlyWhatTheMainJobUses() {
        #expect(Set(Self.list("RUN_PACKAGES")) == ["libgraphviz-dev", "pkg-config", "graphviz", "zlib1g-dev", "fonts-dejavu-core"])
        for package in ["libreoffice-impress", "poppler-utils", "chromium", "graphviz-doc"] {
            #expect(Self.list("TEST_PACKAGES").contains(package))
        }
        // Every apt-get install runs after apt-get update, without recommended packages.
        let installs = Self.makefile.split(separator: "\n").filter { $0.contains("apt-get install") }
        #expect(installs.count >= 3)
        for line in installs {
            #expect(line.contains("apt-get update") && line.contains("--no-install-recommends"), "\(line)")
        }
    }

    @Test func theReadmesCommandsNameTheMakefilesPackages() {
        let commands = Self.readme.components(separatedBy: "\n").enumerated().filter { $0.element.hasPrefix("apt-get update && apt-get install") }
        #expect(commands.count == 2)
        let lines = Self.readme.components(separatedBy: "\n")
        func packages(from index: Int) -> Set<String> {
            var text = lines[index]
            var next = index + 1
            while text.hasSuffix("\\"), next < lines.count { text = String(text.dropLast()) + " " + lines[next]; next += 1 }
            return Set(text.components(separatedBy: "--no-install-recommends").last?.split(separator: " ").map(String.init) ?? [])
        }
        guard commands.count == 2 else { return }
        #expect(packages(from: commands[0].offset) == Set(Self.list("RUN_PACKAGES")))
        #expect(packages(from: commands[1].offset) == Set(Self.list("RUN_PACKAGES") + Self.list("TEST_PACKAGES")))
    }

    /// The Python packages, `name==version`, a line of text pins (`$(PLAYWRIGHT_VERSION)` read
    /// from the Makefile).
    static func pins(in line: Substring) -> Set<String> {
        let version = list("PLAYWRIGHT_VERSION").first ?? ""
        return Set(line.replacingOccurrences(of: "$(PLAYWRIGHT_VERSION)", with: version)
            .split(separator: " ").map(String.init).filter { $0.contains("==") && !$0.contains("(") })
    }

    @Test func theReadmesPipCommandNamesWhatMakeTestInstalls() {
        let makefile = Self.makefile.split(separator: "\n").filter { $0.contains("pip install") }.map(Self.pins).reduce(Set(), { $0.union($1) })
        let readme = Self.readme.split(separator: "\n").filter { $0.hasPrefix("python3 -m pip install") }
        #expect(readme.count == 1)
        // NetworkX's assortativity imports NumPy, which NetworkX does not install.
        #expect(makefile.contains { $0.hasPrefix("numpy==") })
        #expect(makefile.contains("playwright==1.65.2"))
        #expect(readme.map(Self.pins).first == makefile)
    }
}
