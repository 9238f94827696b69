"""The reviewed registry `claims.yaml`: model, build, load/save and check."""
