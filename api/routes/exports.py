"""``/export/{format}``: the graph as a file, for Gephi, Gephi Lite, web clients, RDF tools and READMEs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from starlette.responses import Response

from api.deps import StoreDep
from api.routes.analytics import FilterDep
from kg.exports import EXPORT_FORMATS, FILE_EXTENSIONS, MEDIA_TYPES, export

router = APIRouter(prefix="/export", tags=["exports"])

_EXAMPLES = {
    "gexf": '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" '
            'xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="directed">...',
    "json": {"directed": True, "multigraph": True, "nodes": [
        {"id": "https://w3id.org/kg-builder/id/nvidia", "label": "Nvidia", "kg_type": "Organization"}],
        "edges": [{"source": "https://w3id.org/kg-builder/id/jensen-huang",
                   "target": "https://w3id.org/kg-builder/id/nvidia", "predicate": "ceoOf", "weight": 1.0}]},
    "turtle": "id:jensen-huang kgo:ceoOf id:nvidia .",
}


@router.get("/{fmt}", summary="Export the graph (or a filtered part of it) in one format",
            response_class=Response,
            responses={200: {"description": "The file; `csv` is a zip of nodes.csv and edges.csv.",
                             "content": {MEDIA_TYPES[f]: ({"example": _EXAMPLES[f]} if f in _EXAMPLES else {})
                                         for f in EXPORT_FORMATS}}})
def export_file(store: StoreDep, filters: FilterDep,
                fmt: Annotated[str, Path(description=f"One of {', '.join(EXPORT_FORMATS)}")]) -> Response:
    body = export(store, fmt, filters=filters)   # an unknown format raises NotFoundError (404)
    return Response(body, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="kg.{FILE_EXTENSIONS[fmt]}"'})
