"""rehablogg.storage"""
