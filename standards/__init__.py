"""The bundled catalogues, schemas and crosswalks: installed as the package data of gri_check.catalogues."""
