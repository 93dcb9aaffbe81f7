import DOT
import Foundation
import Graphviz
import Testing

/// DOT from elsewhere cannot make Graphviz read or embed files outside the folders allowed.
@Suite struct FileAccessTests {
    static let hostile = [
        #"digraph { a [image="/etc/passwd"] }"#,
        #"digraph { a [shape=epsf, shapefile="/etc/passwd"] }"#,
        #"digraph { imagepath="/etc:/tmp"; a [image="passwd"] }"#,
        #"digraph { fontpath="/etc"; a }"#,
        #"digraph { stylesheet="/etc/passwd"; a }"#,
        #"digraph { fontnames="/etc/passwd"; a }"#,
        #"digraph { a [label=<<TABLE><TR><TD><IMG SRC="/etc/passwd"/></TD></TR></TABLE>>] }"#,
        #"digraph { subgraph cluster_x { b [image="../../../../../../etc/passwd"] } }"#,
        #"digraph { edge [image="/etc/passwd"]; a -> b }"#,
    ]

    @Test(arguments: FileAccessTests.hostile)
    func fileReadingAttributesAreRefusedByDefault(_ text: String) {
        #expect {
            try Graphviz.render(dotText: text, format: .svg)
        } throws: { error in
            guard case GraphvizError.forbiddenFileAccess = error else { return false }
            return true
        }
    }

    @Test func allowedFolderMayBeReadAndDotDotCannotLeaveIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var square = DOTGraph()
        square.addNode("x", ["shape": .raw("box")])
        let png = try Graphviz.render(square, format: .png).data
        let image = folder.appendingPathComponent("logo.png")
        try png.write(to: image)
        let access = FileAccess(allowedFolders: [folder.path])
        let allowed = #"digraph { a [shape=box, label="", image="\#(image.path)"] }"#
        let svg = String(decoding: try Graphviz.render(dotText: allowed, format: .svg, fileAccess: access).data, as: UTF8.self)
        #expect(svg.contains("<image"))
        let escape = #"digraph { a [image="\#(folder.path)/../../../etc/passwd"] }"#
        #expect(throws: GraphvizError.forbiddenFileAccess(attribute: "image", path: "\(folder.path)/../../../etc/passwd")) {
            try Graphviz.render(dotText: escape, format: .svg, fileAccess: access)
        }
        #expect(throws: GraphvizError.self) {
            try Graphviz.render(dotText: #"digraph { a [image="/etc/passwd"] }"#, format: .svg, fileAccess: access)
        }
    }

    @Test func plainGraphsNeedNoAccess() throws {
        let svg = try Graphviz.render(dotText: #"digraph { fontnames=svg; a [label="image"]; a -> b }"#, format: .svg).data
        #expect(!svg.isEmpty)
    }
}
