package extension FigureTiles {
    package var drawing: ChartDrawing {
        ChartDrawing(height: height, nodes: tiles.map { tile in
            var children: [SVGNode] = [
                .title(tile.tooltip),
                .rect(tile.rect, class: "wc-tile"),
                .text(tile.label, class: "wc-tile-label"),
                .text(tile.value, class: tile.compact ? "wc-figure-value wc-compact" : "wc-figure-value"),
            ]
            if let change = tile.change { children.append(.text(change, class: "wc-change")) }
            children.append(.text(tile.period, class: "wc-period"))
            return .element("g", [SVGAttribute("class", "wc-figure")], children)
        })
    }
}
